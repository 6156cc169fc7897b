/**
 * Names in the writer's script: Cyrillic readers see the Russian name; everyone else sees the
 * Latin spelling first, with the Russian beside it (that is how the name is written on the letter).
 */

/** UI languages written in Cyrillic. */
const CYRILLIC_UI = ['ru', 'uk'];

/** The name to show first, and the other spelling (or null when they are the same). */
export function displayNames(
  fullName: string,
  latinName: string | null,
  uiLanguage: string,
): { primary: string; secondary: string | null } {
  if (CYRILLIC_UI.includes(uiLanguage) || !latinName) return { primary: fullName, secondary: null };
  return { primary: latinName, secondary: fullName };
}

/** Two initials: surname and given name. */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return parts
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? '')
    .join('');
}

/** The given name: directory names, Cyrillic and Latin alike, are written "Surname Given [Patronymic]". */
export function givenNameOf(fullName: string, latinName: string | null, uiLanguage: string): string {
  const { primary } = displayNames(fullName, latinName, uiLanguage);
  const parts = primary.trim().split(/\s+/);
  return parts[1] ?? primary;
}
