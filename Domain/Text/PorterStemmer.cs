using System;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// Martin Porter's 1980 suffix-stripping algorithm ("An algorithm for suffix stripping", Program 14(3)), written
/// from the published description. It only touches lower-case ASCII words; anything else is returned unchanged,
/// because the rules are English-specific and would mangle Greek, Cyrillic or romanised names.
/// One instance holds a reusable buffer, so it is not thread-safe: give each analysing thread its own.
/// </summary>
public sealed class PorterStemmer
{
    private char[] buffer = new char[32];

    // k: index of the last character of the current word; j: end of the stem region that m() and friends look at.
    private int k;
    private int j;

    /// <summary>Stems a lower-case word; words of one or two letters and non-ASCII words come back as they are.</summary>
    public string Stem(string word)
    {
        if (word is null)
        {
            throw new ArgumentNullException(nameof(word));
        }

        if (word.Length <= 2 || !IsLowerAscii(word))
        {
            return word;
        }

        if (buffer.Length < word.Length + 4)
        {
            buffer = new char[word.Length + 8];
        }

        word.CopyTo(0, buffer, 0, word.Length);
        k = word.Length - 1;
        j = 0;

        Step1AB();
        if (k > 0)
        {
            Step1C();
            Step2();
            Step3();
            Step4();
            Step5();
        }

        return Unchanged(word) ? word : new string(buffer, 0, k + 1);
    }

    // Returning the input when nothing changed saves an allocation for the many words with no suffix to strip.
    private bool Unchanged(string word)
    {
        if (k != word.Length - 1)
        {
            return false;
        }

        for (var i = 0; i <= k; i++)
        {
            if (buffer[i] != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerAscii(string word)
    {
        foreach (var c in word)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private bool IsConsonant(int i)
    {
        switch (buffer[i])
        {
            case 'a':
            case 'e':
            case 'i':
            case 'o':
            case 'u':
                return false;
            case 'y':
                return i == 0 || !IsConsonant(i - 1);
            default:
                return true;
        }
    }

    // The measure m of the stem buffer[0..j]: the number of vowel-consonant sequences, [C](VC){m}[V].
    private int Measure()
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > j)
            {
                return n;
            }

            if (!IsConsonant(i))
            {
                break;
            }

            i++;
        }

        i++;
        while (true)
        {
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
            n++;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!IsConsonant(i))
                {
                    break;
                }

                i++;
            }

            i++;
        }
    }

    private bool VowelInStem()
    {
        for (var i = 0; i <= j; i++)
        {
            if (!IsConsonant(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool DoubleConsonant(int at) => at >= 1 && buffer[at] == buffer[at - 1] && IsConsonant(at);

    // consonant-vowel-consonant where the last is not w, x or y: "hop" -> restore e in "hope", not in "snow".
    private bool ConsonantVowelConsonant(int i)
    {
        if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
        {
            return false;
        }

        var c = buffer[i];
        return c != 'w' && c != 'x' && c != 'y';
    }

    private bool Ends(string suffix)
    {
        var length = suffix.Length;
        if (length > k + 1)
        {
            return false;
        }

        var start = k - length + 1;
        for (var i = 0; i < length; i++)
        {
            if (buffer[start + i] != suffix[i])
            {
                return false;
            }
        }

        j = k - length;
        return true;
    }

    private void SetTo(string replacement)
    {
        replacement.CopyTo(0, buffer, j + 1, replacement.Length);
        k = j + replacement.Length;
    }

    private void ReplaceIfMeasured(string replacement)
    {
        if (Measure() > 0)
        {
            SetTo(replacement);
        }
    }

    // Plurals and -ed / -ing.
    private void Step1AB()
    {
        if (buffer[k] == 's')
        {
            if (Ends("sses"))
            {
                k -= 2;
            }
            else if (Ends("ies"))
            {
                SetTo("i");
            }
            else if (buffer[k - 1] != 's')
            {
                k--;
            }
        }

        if (Ends("eed"))
        {
            if (Measure() > 0)
            {
                k--;
            }
        }
        else if ((Ends("ed") || Ends("ing")) && VowelInStem())
        {
            k = j;
            if (Ends("at"))
            {
                SetTo("ate");
            }
            else if (Ends("bl"))
            {
                SetTo("ble");
            }
            else if (Ends("iz"))
            {
                SetTo("ize");
            }
            else if (DoubleConsonant(k))
            {
                var c = buffer[k];
                if (c != 'l' && c != 's' && c != 'z')
                {
                    k--;
                }
            }
            else
            {
                j = k;
                if (Measure() == 1 && ConsonantVowelConsonant(k))
                {
                    SetTo("e");
                }
            }
        }
    }

    // Terminal y to i when there is another vowel in the stem.
    private void Step1C()
    {
        if (Ends("y") && VowelInStem())
        {
            buffer[k] = 'i';
        }
    }

    // Steps 2 to 4 as ordered (suffix, replacement) tables. Porter's reference groups them by the penultimate letter
    // and stops at the first suffix that matches; every suffix's penultimate letter is its group's, so a flat scan
    // in the same order finds the same first match.
    private static readonly string[][] Step2Rules =
    [
        ["ational", "ate"], ["tional", "tion"], ["enci", "ence"], ["anci", "ance"], ["izer", "ize"], ["bli", "ble"],
        ["alli", "al"], ["entli", "ent"], ["eli", "e"], ["ousli", "ous"], ["ization", "ize"], ["ation", "ate"],
        ["ator", "ate"], ["alism", "al"], ["iveness", "ive"], ["fulness", "ful"], ["ousness", "ous"], ["aliti", "al"],
        ["iviti", "ive"], ["biliti", "ble"], ["logi", "log"],
    ];

    private static readonly string[][] Step3Rules =
    [
        ["icate", "ic"], ["ative", ""], ["alize", "al"], ["iciti", "ic"], ["ical", "ic"], ["ful", ""], ["ness", ""],
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti",
        "ous", "ive", "ize",
    ];

    // Double suffixes to single ones (-ization -> -ize), then -ic-, -ful, -ness and similar, when the stem has m > 0.
    private void Step2() => ReplaceFirst(Step2Rules);

    private void Step3() => ReplaceFirst(Step3Rules);

    private void ReplaceFirst(string[][] rules)
    {
        if (k < 1)
        {
            return;
        }

        foreach (var rule in rules)
        {
            if (Ends(rule[0]))
            {
                ReplaceIfMeasured(rule[1]);
                return;
            }
        }
    }

    // Strips -ant, -ence and the like when the remaining stem has m > 1; -ion only after s or t.
    private void Step4()
    {
        if (k < 1)
        {
            return;
        }

        foreach (var suffix in Step4Suffixes)
        {
            if (!Ends(suffix))
            {
                continue;
            }

            if (suffix == "ion" && !(j >= 0 && (buffer[j] == 's' || buffer[j] == 't')))
            {
                continue;
            }

            if (Measure() > 1)
            {
                k = j;
            }

            return;
        }
    }

    // Final -e and double l.
    private void Step5()
    {
        j = k;
        if (buffer[k] == 'e')
        {
            var m = Measure();
            if (m > 1 || (m == 1 && !ConsonantVowelConsonant(k - 1)))
            {
                k--;
            }
        }

        if (buffer[k] == 'l' && DoubleConsonant(k) && Measure() > 1)
        {
            k--;
        }
    }
}
