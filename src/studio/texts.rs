//! The studio's own words, in German and English (the packs it edits bring
//! theirs).

/// The studio's interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiLang {
    /// German.
    De,
    /// English.
    En,
}

impl UiLang {
    /// The `lang` attribute value.
    pub fn code(self) -> &'static str {
        match self {
            UiLang::De => "de",
            UiLang::En => "en",
        }
    }

    /// The texts in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            UiLang::De => &DE,
            UiLang::En => &EN,
        }
    }
}

/// Every text of the studio's interface.
#[allow(missing_docs)]
pub struct Texts {
    pub title: &'static str,
    pub lead: &'static str,
    pub interface_language: &'static str,
    pub start_heading: &'static str,
    pub start_de: &'static str,
    pub start_en: &'static str,
    pub open_file: &'static str,
    pub drop_hint: &'static str,
    pub not_a_pack: &'static str,
    pub start_over: &'static str,
    pub discard_question: &'static str,
    pub discard: &'static str,
    pub keep_editing: &'static str,
    pub export: &'static str,
    pub export_blocked: &'static str,
    pub problems_heading: &'static str,
    pub texts_heading: &'static str,
    pub original: &'static str,
    pub characters: &'static str,
    pub add_link: &'static str,
    pub remove_link: &'static str,
    pub saved: &'static str,
    pub preview_heading: &'static str,
    pub show_in_preview: &'static str,
    pub intro: &'static str,
    pub question: &'static str,
    pub ready: &'static str,
    pub train: &'static str,
    pub hands_off: &'static str,
    pub colours: &'static str,
    pub light: &'static str,
    pub dark: &'static str,
    pub width: &'static str,
    pub phone: &'static str,
    pub desktop: &'static str,
    pub embed_heading: &'static str,
    pub language: &'static str,
    pub page_language: &'static str,
    pub theme: &'static str,
    pub theme_auto: &'static str,
    pub persist: &'static str,
    pub persist_session: &'static str,
    pub persist_local: &'static str,
    pub persist_off: &'static str,
    pub accent: &'static str,
    pub font: &'static str,
    pub font_hint: &'static str,
    pub pack_url: &'static str,
    pub pack_url_hint: &'static str,
    pub snippet: &'static str,
    pub iframe: &'static str,
    pub csp: &'static str,
    pub fallback: &'static str,
    pub fallback_link: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub section_basics: &'static str,
    pub section_ui: &'static str,
    pub section_intro: &'static str,
    pub section_case: &'static str,
    pub section_verdicts: &'static str,
    pub section_conclusion: &'static str,
    pub chain_link: &'static str,
    pub point: &'static str,
}

const EN: Texts = Texts {
    title: "Startklar Studio",
    lead: "Put the quiz in your own words, check them, see them live and embed the quiz. Everything stays in this browser; nothing is uploaded.",
    interface_language: "Studio language",
    start_heading: "Start from",
    start_de: "The German pack",
    start_en: "The English pack",
    open_file: "Open a pack file",
    drop_hint: "Or drop a pack file (.json) here.",
    not_a_pack: "This file is not a content pack:",
    start_over: "Start over",
    discard_question: "Discard your draft and start over? This cannot be undone.",
    discard: "Discard draft",
    keep_editing: "Keep editing",
    export: "Export pack",
    export_blocked: "Export is possible once every problem is fixed.",
    problems_heading: "There is a problem",
    texts_heading: "Texts",
    original: "Original:",
    characters: "{n} of {max} characters",
    add_link: "Add a link to your article",
    remove_link: "Remove the link",
    saved: "Your draft is kept in this browser as you type.",
    preview_heading: "Preview",
    show_in_preview: "Show in the preview",
    intro: "Intro",
    question: "Question {n}",
    ready: "Verdict: ready",
    train: "Verdict: train",
    hands_off: "Verdict: hands off",
    colours: "Colours",
    light: "Light",
    dark: "Dark",
    width: "Width",
    phone: "Phone",
    desktop: "Desktop",
    embed_heading: "Embed the quiz",
    language: "Language",
    page_language: "The pack's language",
    theme: "Colour scheme",
    theme_auto: "Follow the visitor's setting",
    persist: "Keep answers",
    persist_session: "In this tab (session)",
    persist_local: "Also after closing the browser (local)",
    persist_off: "Not at all (off)",
    accent: "Accent colour",
    font: "Font (CSS font-family, optional)",
    font_hint: "For example Georgia, serif. Empty: the page's font.",
    pack_url: "Address of your pack file",
    pack_url_hint: "Where you upload the exported file, relative to your page or as a full URL.",
    snippet: "Two lines for your page",
    iframe: "Iframe, for hosts that allow no scripts",
    csp: "Content-Security-Policy, if your page sends one",
    fallback: "Fallback inside the element (optional)",
    fallback_link: "Take the quiz",
    copy: "Copy",
    copied: "Copied.",
    section_basics: "Language",
    section_ui: "Buttons, labels and messages",
    section_intro: "Intro",
    section_case: "Case {n}",
    section_verdicts: "Verdicts",
    section_conclusion: "Conclusion",
    chain_link: "chain link {n}",
    point: "point {n}",
};

const DE: Texts = Texts {
    title: "Startklar Studio",
    lead: "Bringen Sie das Quiz in Ihre eigenen Worte, prüfen Sie sie, sehen Sie sie live und binden Sie das Quiz ein. Alles bleibt in diesem Browser; nichts wird hochgeladen.",
    interface_language: "Sprache des Studios",
    start_heading: "Beginnen mit",
    start_de: "Dem deutschen Paket",
    start_en: "Dem englischen Paket",
    open_file: "Paketdatei öffnen",
    drop_hint: "Oder eine Paketdatei (.json) hier ablegen.",
    not_a_pack: "Diese Datei ist kein Inhaltspaket:",
    start_over: "Neu beginnen",
    discard_question: "Entwurf verwerfen und neu beginnen? Das lässt sich nicht rückgängig machen.",
    discard: "Entwurf verwerfen",
    keep_editing: "Weiter bearbeiten",
    export: "Paket exportieren",
    export_blocked: "Exportieren geht, sobald jedes Problem behoben ist.",
    problems_heading: "Es gibt ein Problem",
    texts_heading: "Texte",
    original: "Original:",
    characters: "{n} von {max} Zeichen",
    add_link: "Link zu Ihrem Artikel hinzufügen",
    remove_link: "Link entfernen",
    saved: "Ihr Entwurf wird beim Tippen in diesem Browser aufbewahrt.",
    preview_heading: "Vorschau",
    show_in_preview: "In der Vorschau zeigen",
    intro: "Start",
    question: "Frage {n}",
    ready: "Ergebnis: startklar",
    train: "Ergebnis: Training",
    hands_off: "Ergebnis: Finger weg",
    colours: "Farben",
    light: "Hell",
    dark: "Dunkel",
    width: "Breite",
    phone: "Handy",
    desktop: "Desktop",
    embed_heading: "Quiz einbinden",
    language: "Sprache",
    page_language: "Die Sprache des Pakets",
    theme: "Farbschema",
    theme_auto: "Der Einstellung des Besuchers folgen",
    persist: "Antworten aufbewahren",
    persist_session: "In diesem Tab (session)",
    persist_local: "Auch nach dem Schließen des Browsers (local)",
    persist_off: "Gar nicht (off)",
    accent: "Akzentfarbe",
    font: "Schrift (CSS font-family, optional)",
    font_hint: "Zum Beispiel Georgia, serif. Leer: die Schrift der Seite.",
    pack_url: "Adresse Ihrer Paketdatei",
    pack_url_hint: "Wohin Sie die exportierte Datei hochladen, relativ zu Ihrer Seite oder als vollständige URL.",
    snippet: "Zwei Zeilen für Ihre Seite",
    iframe: "Iframe, für Hosts ohne Skripte",
    csp: "Content-Security-Policy, falls Ihre Seite eine sendet",
    fallback: "Ersatzinhalt im Element (optional)",
    fallback_link: "Zum Quiz",
    copy: "Kopieren",
    copied: "Kopiert.",
    section_basics: "Sprache",
    section_ui: "Schaltflächen, Beschriftungen und Meldungen",
    section_intro: "Start",
    section_case: "Fall {n}",
    section_verdicts: "Ergebnisse",
    section_conclusion: "Fazit",
    chain_link: "Kettenglied {n}",
    point: "Punkt {n}",
};

impl UiLang {
    /// A message of the pack decoder (written in English) in this language.
    pub fn message(self, message: &str) -> String {
        if self == UiLang::En {
            return message.to_string();
        }
        let (head, tail) = message.split_once(" (found ").unwrap_or((message, ""));
        let found = tail.trim_end_matches(')');
        let german = match head {
            "must not be empty" => "darf nicht leer sein".to_string(),
            "missing" => "fehlt".to_string(),
            "unknown field" => "unbekanntes Feld".to_string(),
            "must be https:, http: or relative" => {
                "muss mit https: oder http: beginnen oder relativ sein".to_string()
            }
            head => match (
                head.strip_prefix("at most "),
                head.strip_prefix("must contain "),
            ) {
                (Some(rest), _) => {
                    format!("höchstens {} Zeichen", rest.trim_end_matches(" characters"))
                }
                (_, Some(placeholder)) => format!("muss {placeholder} enthalten"),
                _ => return message.to_string(),
            },
        };
        if found.is_empty() {
            german
        } else {
            format!("{german} (jetzt {found})")
        }
    }

    /// A field name of the pack (`next_step`) as a label in this language;
    /// in English (and for a name the studio does not know) the name with
    /// spaces.
    pub fn field_name(self, key: &str) -> String {
        let german = match key {
            "title" => "Titel",
            "question" => "Frage",
            "explanation" => "Erklärung",
            "next_step" => "Nächster Schritt",
            "link" => "Link",
            "credit_link" => "Link zur Quelle",
            "href" => "Adresse",
            "label" => "Linktext",
            "lead" => "Einleitung",
            "how" => "So funktioniert es",
            "start" => "Startknopf",
            "credit" => "Quelle",
            "place" => "Platz",
            "summary" => "Zusammenfassung",
            "heading" => "Überschrift",
            "ready" => "Startklar",
            "train" => "Training",
            "hands_off" => "Finger weg",
            "routes" => "Wege",
            "ready_with_partly" => "Startklar mit Teilweise",
            "knock_out" => "Ziel oder Langzeitidee fehlt",
            "too_many_no" => "Zu viele Nein",
            "dir" => "Schreibrichtung",
            "language_name" => "Name der Sprache",
            "language_label" => "Beschriftung der Sprachwahl",
            "progress" => "Fortschritt",
            "answer_yes" => "Antwort Ja",
            "answer_partly" => "Antwort Teilweise",
            "answer_no" => "Antwort Nein",
            "next" => "Weiter-Knopf",
            "to_result" => "Zum-Ergebnis-Knopf",
            "back" => "Zurück-Knopf",
            "restart" => "Neustart-Knopf",
            "choose_an_answer" => "Hinweis: Antwort wählen",
            "result_heading" => "Überschrift des Ergebnisses",
            "score" => "Punkte",
            "no_warnings" => "Kein Fall trifft zu",
            "applies" => "Trifft zu",
            "applies_in_part" => "Trifft teilweise zu",
            "chain_label" => "Beschriftung der Kette",
            "plan_heading" => "Überschrift des Trainingsplans",
            "plan_step" => "Schritt im kopierten Plan",
            "plan_intro" => "Einleitung des Plans",
            "plan_intro_goal" => "Einleitung des Plans mit Ziel",
            "plan_intro_long_term" => "Einleitung des Plans mit Langzeitidee",
            "plan_intro_goal_and_long_term" => "Einleitung des Plans mit Ziel und Langzeitidee",
            "copy_plan" => "Plan-kopieren-Knopf",
            "copied" => "Meldung: kopiert",
            "copy_failed" => "Meldung: Kopieren fehlgeschlagen",
            "keep_heading" => "Überschrift: Ergebnis behalten",
            "share_link_label" => "Beschriftung des Teilen-Links",
            "share" => "Teilen-Knopf",
            "download_svg" => "Knopf: Startnummer als SVG",
            "download_png" => "Knopf: Startnummer als PNG",
            "print" => "Drucken-Knopf",
            "download_failed" => "Meldung: Download fehlgeschlagen",
            "invalid_share_link" => "Meldung: ungültiger Link",
            "course_progress" => "Strecke: Fortschritt (für Screenreader)",
            "course_result" => "Strecke: Ergebnis (für Screenreader)",
            "place_stand" => "Strecke: Tribüne",
            "place_training" => "Strecke: Trainingsplatz",
            "place_start" => "Strecke: Start",
            "place_finish" => "Strecke: Ziel",
            "card_points" => "Startnummer: Punkte",
            "crashed" => "Meldung nach einem Fehler",
            _ => "",
        };
        if self == UiLang::De && !german.is_empty() {
            german.to_string()
        } else {
            key.replace('_', " ")
        }
    }
}
