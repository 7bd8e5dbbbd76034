import { linkProblem } from '../../app/store-rules.js';
import type { ChannelDirectory, ChannelLink } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import { forCreate, versionOf, type ListItem } from '../codec/fields.js';
import { storeContext, type GraphStoreOptions, type StoreContext } from './context.js';
import { itemUrl, itemsUrl, listItemsUrl, odataString, readAllPages } from './queries.js';

/**
 * Which Teams channel belongs to which department, in the ChannelLinks list (unique by target).
 * Linking again replaces the link; unlinking marks it inactive, so the history stays in SharePoint.
 */
export class GraphChannelDirectory implements ChannelDirectory {
  private readonly ctx: StoreContext;

  constructor(options: GraphStoreOptions) {
    this.ctx = storeContext(options);
  }

  async listChannelLinks(): Promise<Result<readonly ChannelLink[]>> {
    const items = await this.read();
    if (!items.ok) return items;
    return ok(
      items.value
        .map((item) => this.ctx.records.channelLinks.decode(item.fields))
        .filter((link) => link?.active === true)
        .map((link) => {
          const { active: _active, ...rest } = link!;
          return rest;
        }),
    );
  }

  async linkChannel(link: ChannelLink): Promise<Result<ChannelLink>> {
    const problem = linkProblem(link);
    if (problem) return fail('invalid', problem, { fields: { link: problem } });
    const fields = this.ctx.records.channelLinks.encode(link, true);
    const created = await this.ctx.graph.send({
      method: 'POST',
      url: listItemsUrl(this.ctx.site, 'ChannelLinks'),
      body: { fields: forCreate(fields) },
    });
    if (created.ok) return ok({ ...link });
    if (created.status !== 409) return failWith(created, `Kanalkopplingen för ${link.target}`);
    return this.patch(link.target, fields).then((r) => (r.ok ? ok({ ...link }) : r));
  }

  async unlinkChannel(target: string): Promise<Result<void>> {
    const current = await this.read(target);
    if (!current.ok) return current;
    const link = current.value[0] && this.ctx.records.channelLinks.decode(current.value[0].fields);
    if (!link?.active) return fail('notFound', `Ingen kanal är kopplad till ${target}.`);
    const result = await this.patch(target, { Active: false });
    return result.ok ? ok(undefined) : result;
  }

  /** Last writer wins for a link (If-Match: *): a link carries no version in the port. */
  private async patch(target: string, fields: Record<string, unknown>): Promise<Result<string>> {
    const current = await this.read(target);
    if (!current.ok) return current;
    const item = current.value[0];
    if (!item) return fail('notFound', `Kanalkopplingen för ${target} finns inte.`);
    const answer = await this.ctx.graph.send({
      method: 'PATCH',
      url: itemUrl(this.ctx.site, 'ChannelLinks', item.id, '/fields'),
      headers: { 'If-Match': '*' },
      body: fields,
    });
    return answer.ok ? ok(versionOf(item)) : failWith(answer, `Kanalkopplingen för ${target}`);
  }

  private async read(target?: string): Promise<Result<ListItem[]>> {
    const [page] = await readAllPages(this.ctx.graph, [
      itemsUrl(this.ctx.site, this.ctx.schema, {
        list: 'ChannelLinks',
        top: this.ctx.pageSize,
        ...(target === undefined ? {} : { filter: `fields/Key eq ${odataString(target)}` }),
      }),
    ]);
    if (!page!.ok) return failWith(page!, 'Kanalkopplingarna');
    return ok(page!.items);
  }
}
