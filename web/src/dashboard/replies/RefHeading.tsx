/**
 * A page heading that names a letter's reference code: the code never breaks at its hyphen
 * ("LB-" on one line and the rest on the next reads as two things on a phone).
 */
import { useTranslation } from 'react-i18next';
import { RP } from './strings';

/** Stands in for the code while the translated sentence is split around it. */
const MARK = '\u2063';

/** The heading: `i18nKey` with `{{ref}}` set to `refCode`. */
export function RefHeading({ i18nKey, refCode }: { i18nKey: string; refCode: string }) {
  const { t } = useTranslation(RP);
  const [before, after = ''] = t(i18nKey, { ref: MARK }).split(MARK);
  return (
    <h1>
      {before}
      <span className="rp-ref">{refCode}</span>
      {after}
    </h1>
  );
}
