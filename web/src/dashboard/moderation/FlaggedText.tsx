/**
 * The original and the Russian text side by side, paragraph beside paragraph, each flag a marked
 * span with its number after it. Severity shows as colour and as line style and number (solid
 * for block, dashed for warn, dotted for info), never colour alone; the list below says it in words.
 */
import { useTranslation } from 'react-i18next';
import { marksWithin, splitByMarks, type Mark } from '../workbench/spans';
import type { ParagraphPair } from './logic';
import { MOD } from './strings';

function Marked({ text, from, to, marks }: { text: string; from: number; to: number; marks: Mark[] }) {
  const local = marksWithin(marks, from, to);
  return (
    <>
      {splitByMarks(text.slice(from, to), local).map((piece) => {
        if (piece.marks.length === 0) return piece.text;
        const ending = local.filter((m) => m.end === piece.end);
        return (
          <span key={piece.start}>
            <mark className={piece.marks.map((m) => `mod-${m.kind}`).join(' ')}>{piece.text}</mark>
            {ending.map((m) => (
              <sup key={m.id} className={`mod-n mod-n-${m.kind}`}>
                {m.id}
              </sup>
            ))}
          </span>
        );
      })}
    </>
  );
}

/** Props: both texts, their paragraph pairs and flag marks. */
export interface FlaggedTextProps {
  original: string | null;
  russian: string | null;
  language: string;
  pairs: ParagraphPair[];
  originalMarks: Mark[];
  russianMarks: Mark[];
  signature?: string;
}

/** The side-by-side texts. */
export function FlaggedText(props: FlaggedTextProps) {
  const { t } = useTranslation(MOD);
  const sameText = props.language === 'ru';
  return (
    <div className={`mod-texts${sameText ? ' mod-texts-single' : ''}`}>
      <div className="mod-heads" aria-hidden="true">
        <span>{t('text.original', { language: props.language })}</span>
        {!sameText && <span>{t('text.russian')}</span>}
      </div>
      {props.pairs.map((pair, i) => (
        <div className="mod-pair" key={i}>
          <p className="mod-para" lang={props.language} data-testid={i === 0 ? 'mod-original' : undefined}>
            <span className="visually-hidden">{t('text.original', { language: props.language })}: </span>
            {props.original && pair.original && (
              <Marked
                text={props.original}
                from={pair.original.start}
                to={pair.original.end}
                marks={props.originalMarks}
              />
            )}
          </p>
          {!sameText && (
            <p className="mod-para mod-para-ru" lang="ru" data-testid={i === 0 ? 'mod-russian' : undefined}>
              <span className="visually-hidden">{t('text.russian')}: </span>
              {props.russian && pair.russian && (
                <Marked
                  text={props.russian}
                  from={pair.russian.start}
                  to={pair.russian.end}
                  marks={props.russianMarks}
                />
              )}
            </p>
          )}
        </div>
      ))}
      {props.signature && (
        <p className="mod-signature" lang={props.language}>
          {props.signature}
        </p>
      )}
    </div>
  );
}
