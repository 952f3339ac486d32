namespace DataverseSharing.Domain.Text;

/// <summary>
/// Folds accents and letter variants that users type inconsistently, on a lower-cased character: Latin-1 accented
/// letters to their base letter ("Nestlé" meets "nestle"), Greek tonos/dialytika to the bare vowel and final sigma
/// to sigma (Greek upper case drops accents, so "ΤΙΜΉΣ" and "τιμής" must meet). A table lookup per character,
/// far cheaper than Unicode decomposition of every token.
/// </summary>
internal static class CharacterFolding
{
    private const string Latin1From = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Latin1To = "aaaaaaceeeeiiiinoooooouuuuyy";
    private const string GreekFrom = "άέήίόύώϊϋΐΰς";
    private const string GreekTo = "αεηιουωιυιυσ";

    public static char Fold(char c)
    {
        if (c < '\u00E0')
        {
            return c;
        }

        if (c <= '\u00FF')
        {
            var at = Latin1From.IndexOf(c);
            return at >= 0 ? Latin1To[at] : c;
        }

        if (c >= '\u0390' && c <= '\u03CE')
        {
            var at = GreekFrom.IndexOf(c);
            return at >= 0 ? GreekTo[at] : c;
        }

        return c;
    }
}
