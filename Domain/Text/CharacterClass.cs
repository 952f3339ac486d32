using System.Globalization;
using System.Runtime.CompilerServices;

namespace DataverseSharing.Domain.Text;

/// <summary>How the tokenizer treats a character.</summary>
internal enum CharacterKind
{
    Separator,
    WordPart,
    Apostrophe,
    Unsegmented,
}

/// <summary>
/// Classifies characters for <see cref="TextAnalyzer"/>. Scripts written without spaces between words
/// (Chinese, Japanese kana and kanji, Thai) are "unsegmented": without a dictionary the robust choice is
/// overlapping character bigrams, the same fallback Lucene's CJK analyzer uses. Hangul is treated the same way
/// because Korean particles attach to nouns, so whitespace words rarely repeat verbatim.
/// </summary>
internal static class CharacterClass
{
    // ASCII is most of the text; a table lookup keeps the per-character cost of the hot loop to one load.
    private static readonly CharacterKind[] Ascii = BuildAsciiTable();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CharacterKind Classify(char c) => c < 0x80 ? Ascii[c] : ClassifyNonAscii(c);

    private static CharacterKind[] BuildAsciiTable()
    {
        var table = new CharacterKind[0x80];
        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = CharacterKind.WordPart;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = CharacterKind.WordPart;
            table[char.ToUpperInvariant(c)] = CharacterKind.WordPart;
        }

        table['\''] = CharacterKind.Apostrophe;
        return table;
    }

    private static CharacterKind ClassifyNonAscii(char c)
    {

        if (c == '\u2019')
        {
            return CharacterKind.Apostrophe;
        }

        if (IsUnsegmented(c))
        {
            return CharacterKind.Unsegmented;
        }

        if (char.IsLetterOrDigit(c))
        {
            return CharacterKind.WordPart;
        }

        // Combining marks belong to the letter before them (Devanagari vowel signs, decomposed accents).
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            ? CharacterKind.WordPart
            : CharacterKind.Separator;
    }

    private static bool IsUnsegmented(char c) =>
        (c >= '\u3040' && c <= '\u30FF')     // Hiragana, Katakana
        || (c >= '\u3400' && c <= '\u4DBF')  // CJK Extension A
        || (c >= '\u4E00' && c <= '\u9FFF')  // CJK Unified Ideographs
        || (c >= '\uF900' && c <= '\uFAFF')  // CJK Compatibility Ideographs
        || (c >= '\uFF66' && c <= '\uFF9F')  // Half-width Katakana
        || (c >= '\uAC00' && c <= '\uD7AF')  // Hangul syllables
        || (c >= '\u0E00' && c <= '\u0E7F'); // Thai
}
