// The feedback message as people read it: the three questions with the adviser's answers. Its text is
// shown as text (never as HTML); as in the mail, each line is a paragraph and "- " lines make a list.
import { useI18n } from '../i18n/i18n-context';
import { formatDate } from '../i18n/intl-format';
import { Heading } from '../ui/heading';
import { Paragraph } from '../ui/paragraph';
import { FEEDBACK_PARTS, type FeedbackTexts, type SentFeedback } from './feedback-types';

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** Plain text as blocks: each non-empty line a paragraph, consecutive "- " lines one list. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let list: string[] = [];
  const endList = () => {
    if (list.length > 0) blocks.push({ kind: 'list', items: list });
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('- ')) {
      list.push(line.slice(2).trim());
      continue;
    }
    endList();
    if (line) blocks.push({ kind: 'paragraph', text: line });
  }
  endList();
  return blocks;
}

export function FeedbackText({ text }: { text: string }) {
  return (
    <>
      {textBlocks(text).map((block, index) =>
        block.kind === 'paragraph' ? (
          <Paragraph key={index}>{block.text}</Paragraph>
        ) : (
          <ul key={index} className="utrecht-unordered-list">
            {block.items.map((item, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {item}
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}

interface PartsProps {
  texts: FeedbackTexts;
  /** The heading level of each question. */
  level: 3 | 4;
  /** The language of the texts when it may differ from the interface's (the questions stay in that). */
  lang?: string;
}

/** The three questions, each with its answer. */
export function FeedbackParts({ texts, level, lang }: PartsProps) {
  const { t } = useI18n();
  return (
    <>
      {FEEDBACK_PARTS.map((part) => (
        <section key={part} className="sr-feedback-part">
          {level === 3 ? (
            <Heading level={3}>{t(`feedback.questions.${part}`)}</Heading>
          ) : (
            <h4 className="sr-heading-4">{t(`feedback.questions.${part}`)}</h4>
          )}
          <div lang={lang}>
            <FeedbackText text={texts[part]} />
          </div>
        </section>
      ))}
    </>
  );
}

/** The sent feedback on the tracking page and a member's own signal, in the signal's language. */
export function SentFeedbackMessage({ feedback }: { feedback: SentFeedback }) {
  const { t, language } = useI18n();
  return (
    <div className="sr-feedback-message">
      <Paragraph className="sr-meta">
        {t('feedback.sentOn', { date: formatDate(feedback.sentAt, language) })}
      </Paragraph>
      {/* The texts are in the signal's language, which may differ from the interface's. */}
      <FeedbackParts texts={feedback} level={3} lang={feedback.locale} />
    </div>
  );
}
