#!/usr/bin/env bash
# Checks the app package and the toolkit files with the Microsoft 365 Agents Toolkit CLI itself,
# offline after the install: `npm run check:toolkit`.
#
# 1. Installs @microsoft/m365agentstoolkit-cli into a folder outside the project (ATK_DIR,
#    default $TMPDIR/aktivitetsplan-atk), with --ignore-scripts: its keytar dependency would
#    otherwise download a prebuilt binary from GitHub. About 550 packages, half a minute.
# 2. In a copy of appPackage/, env/ and the project files: `atk validate --manifest-file`
#    (the toolkit's schema check; it stops at the first error), `atk package --env dev`, and
#    `atk deploy --env playground` (runs m365agents.playground.yml, which needs no sign-in).
# 3. Builds the same package with `npm run package` and compares the two zips: the same files,
#    the same JSON, the same icon bytes.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
version="${ATK_VERSION:-1.1.17}"
atk_dir="${ATK_DIR:-${TMPDIR:-/tmp}/aktivitetsplan-atk}"
atk="$atk_dir/node_modules/.bin/atk"
flags=(--telemetry false --interactive false)

if [ ! -x "$atk" ]; then
  echo "Installing @microsoft/m365agentstoolkit-cli@$version into $atk_dir ..."
  mkdir -p "$atk_dir"
  [ -f "$atk_dir/package.json" ] || echo '{"name":"atk-check","private":true}' >"$atk_dir/package.json"
  (cd "$atk_dir" && npm install --no-save --ignore-scripts --no-audit --no-fund \
    "@microsoft/m365agentstoolkit-cli@$version" >/dev/null)
fi
echo "toolkit CLI: $("$atk" --version 2>/dev/null | tail -1)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/appPackage" "$root/env" "$root/infra" "$work/"
rm -rf "$work/appPackage/build"
cp "$root"/teamsapp.yml "$root"/m365agents.*.yml "$work/"

cd "$work"
echo "== atk validate --manifest-file ./appPackage/manifest.json --env dev"
"$atk" validate --manifest-file ./appPackage/manifest.json --env dev "${flags[@]}"
echo "== atk package --env dev"
"$atk" package --env dev "${flags[@]}"
mv appPackage/build/appPackage.dev.zip "$work/atk.zip"
echo "== atk deploy --env playground (m365agents.playground.yml)"
"$atk" deploy --env playground "${flags[@]}"
grep -q '^TEAMSAPPTESTER_BROWSER=none$' .localConfigs.playground

echo "== npm run package -- --env dev, compared with the toolkit's zip"
(cd "$root" && npx tsx src/server/cli/main.ts package --env dev --root "$work")
cd "$root"
node --input-type=module - "$work/atk.zip" "$work/appPackage/build/appPackage.dev.zip" <<'EOF'
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
const [theirs, ours] = process.argv.slice(2).map((p) => unzipSync(readFileSync(p)));
const names = (zip) => Object.keys(zip).sort().join(', ');
if (names(theirs) !== names(ours)) throw new Error(`files differ: ${names(theirs)} | ${names(ours)}`);
for (const name of Object.keys(theirs)) {
  const same = name.endsWith('.json')
    ? isDeepStrictEqual(JSON.parse(strFromU8(theirs[name])), JSON.parse(strFromU8(ours[name])))
    : Buffer.from(theirs[name]).equals(Buffer.from(ours[name]));
  if (!same) throw new Error(`${name} differs between the toolkit's zip and ours`);
}
console.log(`The toolkit's zip and ours hold the same ${Object.keys(theirs).length} files: ${names(ours)}`);
EOF
