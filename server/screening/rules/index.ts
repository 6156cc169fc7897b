/**
 * Every rule data file, in one list, and the shape rules by detector. Adding a rule file means
 * adding one import and one list entry here; the tests check every file compiles and every message
 * exists in every UI language.
 */
import type { DetectorName, DetectorRule, RuleFile } from '../types';
import { abuseDe } from './abuse/de';
import { abuseEn } from './abuse/en';
import { abuseEs } from './abuse/es';
import { abuseFr } from './abuse/fr';
import { abuseIt } from './abuse/it';
import { abusePl } from './abuse/pl';
import { abuseRu } from './abuse/ru';
import { abuseUk } from './abuse/uk';
import { caseDe } from './case/de';
import { caseDetectors } from './case/detectors';
import { caseEn } from './case/en';
import { caseEs } from './case/es';
import { caseFr } from './case/fr';
import { caseIt } from './case/it';
import { casePl } from './case/pl';
import { caseRu } from './case/ru';
import { caseUk } from './case/uk';
import { codeDetectors } from './code/detectors';
import { codeEn } from './code/en';
import { codeRu } from './code/ru';
import { contactDetectors } from './contact/detectors';
import { foodFreedomDe } from './food_freedom/de';
import { foodFreedomEn } from './food_freedom/en';
import { foodFreedomEs } from './food_freedom/es';
import { foodFreedomFr } from './food_freedom/fr';
import { foodFreedomIt } from './food_freedom/it';
import { foodFreedomPl } from './food_freedom/pl';
import { foodFreedomRu } from './food_freedom/ru';
import { foodFreedomUk } from './food_freedom/uk';
import { foreignWordDetectors } from './foreign_words/detectors';
import { insultDe } from './insult_authority/de';
import { insultEn } from './insult_authority/en';
import { insultEs } from './insult_authority/es';
import { insultFr } from './insult_authority/fr';
import { insultIt } from './insult_authority/it';
import { insultPl } from './insult_authority/pl';
import { insultRu } from './insult_authority/ru';
import { insultUk } from './insult_authority/uk';
import { organisationNames } from './organisations/names';
import { protestDe } from './protest/de';
import { protestEn } from './protest/en';
import { protestEs } from './protest/es';
import { protestFr } from './protest/fr';
import { protestIt } from './protest/it';
import { protestPl } from './protest/pl';
import { protestRu } from './protest/ru';
import { protestUk } from './protest/uk';
import { securityDe } from './security/de';
import { securityEn } from './security/en';
import { securityEs } from './security/es';
import { securityFr } from './security/fr';
import { securityIt } from './security/it';
import { securityPl } from './security/pl';
import { securityRu } from './security/ru';
import { securityUk } from './security/uk';
import { sexualDe } from './sexual/de';
import { sexualEn } from './sexual/en';
import { sexualEs } from './sexual/es';
import { sexualFr } from './sexual/fr';
import { sexualIt } from './sexual/it';
import { sexualPl } from './sexual/pl';
import { sexualRu } from './sexual/ru';
import { sexualUk } from './sexual/uk';
import { swearingDe } from './swearing/de';
import { swearingEn } from './swearing/en';
import { swearingEs } from './swearing/es';
import { swearingFr } from './swearing/fr';
import { swearingIt } from './swearing/it';
import { swearingPl } from './swearing/pl';
import { swearingRu } from './swearing/ru';
import { swearingUk } from './swearing/uk';
import { thirdPartyDetectors } from './third_party/detectors';
import { warDe } from './war/de';
import { warEn } from './war/en';
import { warEs } from './war/es';
import { warFr } from './war/fr';
import { warIt } from './war/it';
import { warPl } from './war/pl';
import { warRu } from './war/ru';
import { warUk } from './war/uk';

/** All word-rule files. */
export const RULE_FILES: readonly RuleFile[] = [
  caseDe,
  caseEn,
  caseEs,
  caseFr,
  caseIt,
  casePl,
  caseRu,
  caseUk,
  warDe,
  warEn,
  warEs,
  warFr,
  warIt,
  warPl,
  warRu,
  warUk,
  organisationNames,
  protestDe,
  protestEn,
  protestEs,
  protestFr,
  protestIt,
  protestPl,
  protestRu,
  protestUk,
  insultDe,
  insultEn,
  insultEs,
  insultFr,
  insultIt,
  insultPl,
  insultRu,
  insultUk,
  codeEn,
  codeRu,
  swearingDe,
  swearingEn,
  swearingEs,
  swearingFr,
  swearingIt,
  swearingPl,
  swearingRu,
  swearingUk,
  sexualDe,
  sexualEn,
  sexualEs,
  sexualFr,
  sexualIt,
  sexualPl,
  sexualRu,
  sexualUk,
  securityDe,
  securityEn,
  securityEs,
  securityFr,
  securityIt,
  securityPl,
  securityRu,
  securityUk,
  foodFreedomDe,
  foodFreedomEn,
  foodFreedomEs,
  foodFreedomFr,
  foodFreedomIt,
  foodFreedomPl,
  foodFreedomRu,
  foodFreedomUk,
  abuseDe,
  abuseEn,
  abuseEs,
  abuseFr,
  abuseIt,
  abusePl,
  abuseRu,
  abuseUk,
];

/** Every shape rule, in one list. */
export const DETECTOR_RULE_LIST: readonly DetectorRule[] = [
  ...caseDetectors,
  ...codeDetectors,
  ...contactDetectors,
  ...thirdPartyDetectors,
  ...foreignWordDetectors,
];

/** Shape rules by the detector that feeds them. */
export const DETECTOR_RULES: ReadonlyMap<DetectorName, DetectorRule[]> = new Map(
  [...new Set(DETECTOR_RULE_LIST.map((r) => r.detector))].map((d) => [
    d,
    DETECTOR_RULE_LIST.filter((r) => r.detector === d),
  ]),
);
