/**
 * One choice among a few options, as radio buttons in a fieldset with its legend: the forms that
 * record what happened to a letter ask this way, so every option stays visible at once (styled
 * by delivery.css, which its users import).
 */

/** Props: `options` in order, `label(option)` words each one, `name` groups the radios. */
export function RadioChoice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  label: (option: T) => string;
}) {
  return (
    <fieldset className="dlv-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
