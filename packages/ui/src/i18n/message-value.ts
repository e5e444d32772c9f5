/** A message: plain text with `{name}` placeholders, or plural forms chosen by `Intl.PluralRules` from `{count}`. */
export type MessageValue = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
