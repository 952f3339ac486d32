using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// Turns text into index terms: split on non-letters, lower-case (invariant culture), fold accents
/// (<see cref="CharacterFolding"/>), drop English stop words and
/// one-letter Latin tokens, Porter-stem English words, and emit character bigrams for scripts without spaces
/// (see <see cref="CharacterClass"/>). Greek, Cyrillic and other spaced scripts become lower-cased words.
/// Not thread-safe (it reuses buffers and a stem cache): use one instance per thread.
/// </summary>
public sealed class TextAnalyzer
{
    /// <summary>
    /// Only the first 256 K characters of a field are read. The opening of a write-up carries its gist, and the bound
    /// keeps the index cost of a pasted megabyte body fixed; BM25 length normalisation would discount the rest anyway.
    /// </summary>
    public const int DefaultMaxCharacters = 262_144;

    /// <summary>Longer tokens are identifiers, URLs or encoded blobs rather than words.</summary>
    public const int MaxTokenLength = 40;

    // Bounded so a pathological input cannot grow the cache without limit; past it, stems are just recomputed.
    private const int MaxCachedTerms = 50_000;

    private readonly PorterStemmer stemmer = new();
    private readonly Dictionary<string, string> termCache = new(StringComparer.Ordinal);
    private readonly char[] token = new char[MaxTokenLength];

    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/> (null or empty text adds nothing).</summary>
    /// <param name="surfaces">When given, receives for each term the lower-cased word it came from, for explanations.</param>
    public void Analyze(string? text, List<string> terms, List<string>? surfaces = null, int maxCharacters = DefaultMaxCharacters)
    {
        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var end = Math.Min(text!.Length, Math.Max(0, maxCharacters));
        var length = 0;
        var overlong = false;
        var previousUnsegmented = '\0';
        var unsegmentedRun = 0;

        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            var kind = CharacterClass.Classify(c);
            if (kind == CharacterKind.Unsegmented)
            {
                FlushWord(ref length, ref overlong, terms, surfaces);
                if (unsegmentedRun > 0)
                {
                    AddUnsegmented(new string(new[] { previousUnsegmented, c }), terms, surfaces);
                }

                previousUnsegmented = c;
                unsegmentedRun++;
                continue;
            }

            FlushUnsegmented(ref unsegmentedRun, previousUnsegmented, terms, surfaces);
            if (kind == CharacterKind.WordPart)
            {
                if (length < MaxTokenLength)
                {
                    token[length++] = CharacterFolding.Fold(char.ToLowerInvariant(c));
                }
                else
                {
                    overlong = true;
                }
            }
            else if (kind == CharacterKind.Separator || length == 0)
            {
                // An apostrophe inside a word is skipped ("rep's" -> "reps"); anywhere else it separates.
                FlushWord(ref length, ref overlong, terms, surfaces);
            }
        }

        FlushWord(ref length, ref overlong, terms, surfaces);
        FlushUnsegmented(ref unsegmentedRun, previousUnsegmented, terms, surfaces);
    }

    /// <summary>Convenience form returning a new list.</summary>
    public List<string> Analyze(string? text)
    {
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }

    private static void AddUnsegmented(string term, List<string> terms, List<string>? surfaces)
    {
        terms.Add(term);
        surfaces?.Add(term);
    }

    // A run of one unsegmented character has no bigram; index the character itself so single kanji still match.
    private static void FlushUnsegmented(ref int run, char previous, List<string> terms, List<string>? surfaces)
    {
        if (run == 1)
        {
            AddUnsegmented(previous.ToString(), terms, surfaces);
        }

        run = 0;
    }

    private void FlushWord(ref int length, ref bool overlong, List<string> terms, List<string>? surfaces)
    {
        if (length == 0)
        {
            overlong = false;
            return;
        }

        if (!overlong && !(length == 1 && token[0] >= 'a' && token[0] <= 'z'))
        {
            var word = new string(token, 0, length);
            var term = TermFor(word);
            if (term.Length > 0)
            {
                terms.Add(term);
                surfaces?.Add(word);
            }
        }

        length = 0;
        overlong = false;
    }

    // "" marks a stop word, so the cache remembers those too.
    private string TermFor(string word)
    {
        if (termCache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var term = StopWords.IsStopWord(word) ? "" : stemmer.Stem(word);
        if (termCache.Count < MaxCachedTerms)
        {
            termCache[word] = term;
        }

        return term;
    }
}
