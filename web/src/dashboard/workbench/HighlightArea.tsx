/**
 * A text area that shows marks under its text (spelling, words left in the source script,
 * screening flags) and grows with its content. The marks are drawn in a backdrop with the same
 * font and wrapping behind a transparent text area, so typing stays a plain text area's typing;
 * the backdrop is hidden from assistive technology (the findings are listed as text elsewhere).
 */
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';
import { splitByMarks, type Mark } from './spans';

/** Props: a controlled text area plus its marks. */
export interface HighlightAreaProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'value' | 'onChange'
> {
  value: string;
  onChange: (value: string) => void;
  marks: readonly Mark[];
}

/** The highlighted, self-sizing text area. */
export const HighlightArea = forwardRef<HTMLTextAreaElement, HighlightAreaProps>(function HighlightArea(
  { value, onChange, marks, className, placeholder, ...rest },
  forwarded,
) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  useImperativeHandle(forwarded, () => ref.current!, []);
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    // Set through the CSS object model: the Content-Security-Policy forbids style attributes.
    // The backdrop holds the placeholder while the row is empty, so a long draft is not cut off.
    area.style.height = 'auto';
    area.style.height = `${Math.max(area.scrollHeight, backdrop.current?.scrollHeight ?? 0) + 2}px`;
  }, [value, placeholder]);
  return (
    <div className={`wb-area ${className ?? ''}`}>
      <div className="wb-backdrop" aria-hidden="true" ref={backdrop}>
        {value === '' && placeholder}
        {splitByMarks(value, marks).map((piece) =>
          piece.marks.length === 0 ? (
            piece.text
          ) : (
            <mark key={piece.start} className={piece.marks.map((m) => `wb-mark-${m.kind}`).join(' ')}>
              {piece.text}
            </mark>
          ),
        )}
        {/* A trailing newline needs a character after it to take up a line, as in the text area. */}
        {'\u200b'}
      </div>
      <textarea
        ref={ref}
        rows={1}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        {...rest}
      />
    </div>
  );
});
