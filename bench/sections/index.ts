import type { BenchSection } from '../section.js';
import { answersSection } from './answers.js';
import { botSection } from './bot.js';
import { dataLayerSection } from './data-layer.js';
import { emulatorSection } from './emulator.js';
import { importSection } from './import.js';
import { remindersSection } from './reminders.js';
import { reportSection } from './report.js';
import { tabSection } from './tab.js';

/** Every bench section, in the order printed. Each issue adds its own file here. */
export const sections: readonly BenchSection[] = [
  dataLayerSection,
  remindersSection,
  emulatorSection,
  tabSection,
  reportSection,
  botSection,
  answersSection,
  importSection,
];
