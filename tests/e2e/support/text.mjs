// The texts the tests look for, read from the content packs
// content/<lang>.json (the one source of the widget's words), so tests find
// things by the accessible names a visitor meets: TEXT.de.start,
// TEXT.en.progress(3), …; packTexts(pack) does the same for any pack.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { QUESTIONS } from './formats.mjs';

/** Reads a content pack (JSON) from `file`. */
export function readPack(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Test packs written for the tests: tests/packs/good/*.json, bad/*.json. */
export const PACKS_DIR = path.join(REPO_ROOT, 'tests', 'packs');

/** `{name}` placeholders of a content text filled from `values`. */
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
/** A content text with one number placeholder as a RegExp capturing that number. */
const numberRe = (template, values, key) =>
  new RegExp(fill(template.replace(/[.*+?^$()|[\]\\]/g, '\\$&'), { ...values, [key]: '(\\d+)' }));

/** The texts a visitor meets in content pack `c`, under the names the driver uses. */
export function packTexts(c) {
  const { ui, intro } = c;
  const verdict = (key) => c.verdicts[key].title;
  return {
    lang: c.lang,
    language: ui.language_name,
    languageLabel: ui.language_label,
    introHeading: intro.title,
    start: intro.start,
    progress: (n) => fill(ui.progress, { n, total: QUESTIONS }),
    progressRe: numberRe(ui.progress, { total: QUESTIONS }, 'n'),
    questions: c.cases.map((x) => x.question),
    caseTitles: c.cases.map((x) => x.title),
    answer: { yes: ui.answer_yes, partly: ui.answer_partly, no: ui.answer_no },
    applies: ui.applies,
    appliesInPart: ui.applies_in_part,
    next: ui.next,
    finish: ui.to_result,
    back: ui.back,
    required: ui.choose_an_answer,
    resultHeading: ui.result_heading,
    scoreRe: numberRe(ui.score, { max: 2 * QUESTIONS }, 'score'),
    restart: ui.restart,
    verdictTitles: { ready: verdict('ready'), train: verdict('train'), 'hands-off': verdict('hands_off') },
    planHeading: ui.plan_heading,
    copyPlan: ui.copy_plan,
    copied: ui.copied,
    copyFailed: ui.copy_failed,
    shareLinkLabel: ui.share_link_label,
    share: ui.share,
    svg: ui.download_svg,
    png: ui.download_png,
    print: ui.print,
    downloadFailed: ui.download_failed,
    invalidLink: ui.invalid_share_link,
    crashed: ui.crashed,
    cardPoints: ui.card_points,
    course: (n) => fill(ui.course_progress, { n, total: QUESTIONS }),
    courseResult: (place) => fill(ui.course_result, { place }),
    places: { 'hands-off': ui.place_stand, train: ui.place_training, ready: ui.place_start },
  };
}

const builtIn = (lang) => packTexts(readPack(path.join(REPO_ROOT, 'content', `${lang}.json`)));
export const TEXT = { de: builtIn('de'), en: builtIn('en') };
