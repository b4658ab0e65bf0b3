// Types for `startklar-quiz`: importing the package defines <startklar-quiz>.

/** One of the three answers. */
export type StartklarAnswer = 'yes' | 'partly' | 'no';

/** The verdict: ready to start, off to training first, or hands off. */
export type StartklarVerdict = 'ready' | 'train' | 'hands-off';

/** `event.detail` of `startklar-answer`: sent for each confirmed answer. */
export interface StartklarAnswerDetail {
  /** The question's number, 1 to 8. */
  question: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
  answer: StartklarAnswer;
}

/** `event.detail` of `startklar-complete`: sent once when the result is reached. */
export interface StartklarCompleteDetail {
  verdict: StartklarVerdict;
  /** 0 to 16: yes 2, partly 1, no 0. */
  score: number;
  /** The eight answers in question order. */
  answers: StartklarAnswer[];
  /** The numbers (1–8) of the cases that apply, in the post's order. */
  warnings: number[];
}

export type StartklarAnswerEvent = CustomEvent<StartklarAnswerDetail>;
export type StartklarCompleteEvent = CustomEvent<StartklarCompleteDetail>;

/**
 * The quiz element. Its settings are attributes: `lang` ("de" | "en"),
 * `theme` ("auto" | "light" | "dark"), `persist` ("session" | "local" | "off"),
 * `loading` ("eager" | "lazy"), `content` (the URL of a content pack, a
 * JSON file with the author's own words: see `startklar-quiz/content/en.json`
 * and `startklar-quiz/startklar-content.schema.json`);
 * invalid values fall back to the defaults.
 */
export interface StartklarQuizElement extends HTMLElement {
  addEventListener<K extends keyof StartklarQuizEventMap>(
    type: K,
    listener: (this: StartklarQuizElement, event: StartklarQuizEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof StartklarQuizEventMap>(
    type: K,
    listener: (this: StartklarQuizElement, event: StartklarQuizEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

/** The element's events; both bubble and are composed. */
export interface StartklarQuizEventMap extends HTMLElementEventMap {
  'startklar-answer': StartklarAnswerEvent;
  'startklar-complete': StartklarCompleteEvent;
}

declare global {
  interface HTMLElementTagNameMap {
    'startklar-quiz': StartklarQuizElement;
  }
  // The events bubble to the document and the window, so listeners there are typed too.
  interface GlobalEventHandlersEventMap {
    'startklar-answer': StartklarAnswerEvent;
    'startklar-complete': StartklarCompleteEvent;
  }
}
