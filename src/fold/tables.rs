//! Letter tables for folding, kept apart from the logic as data.

/// Arabic presentation forms B (U+FE80..=U+FEF4): each base letter with the
/// number of contextual forms it has, in code-point order.
#[rustfmt::skip]
pub(super) const PRESENTATION_B: &[(char, u8)] = &[
    ('ء', 1), ('آ', 2), ('أ', 2), ('ؤ', 2), ('إ', 2), ('ئ', 4), ('ا', 2), ('ب', 4),
    ('ة', 2), ('ت', 4), ('ث', 4), ('ج', 4), ('ح', 4), ('خ', 4), ('د', 2), ('ذ', 2),
    ('ر', 2), ('ز', 2), ('س', 4), ('ش', 4), ('ص', 4), ('ض', 4), ('ط', 4), ('ظ', 4),
    ('ع', 4), ('غ', 4), ('ف', 4), ('ق', 4), ('ك', 4), ('ل', 4), ('م', 4), ('ن', 4),
    ('ه', 4), ('و', 2), ('ى', 2), ('ي', 4),
];

/// Lam-alef ligatures U+FEF5..=U+FEFC, two forms each: the alef they carry.
pub(super) const LAM_ALEF: [char; 4] = ['آ', 'أ', 'إ', 'ا'];

/// Persian, Urdu and other Arabic-script letters with the Arabic letter
/// they stand for in Arabic text.
#[rustfmt::skip]
pub(super) const LETTER_VARIANTS: &[(char, char)] = &[
    ('ک', 'ك'), ('ڪ', 'ك'), ('ی', 'ي'), ('ې', 'ي'), ('ێ', 'ي'), ('ۍ', 'ي'),
    ('ہ', 'ه'), ('ھ', 'ه'), ('ۀ', 'ه'), ('ە', 'ه'), ('ۃ', 'ة'), ('ٸ', 'ئ'),
    ('ۓ', 'ي'), ('ے', 'ي'), ('ڵ', 'ل'), ('ٶ', 'ؤ'), ('ٷ', 'ؤ'),
];

/// Alef forms that fold to bare alef.
pub(super) const ALEFS: &[char] = &['أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ'];
