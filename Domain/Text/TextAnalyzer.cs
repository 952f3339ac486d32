using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// Turns text into index terms: split on non-letters, lower-case (invariant culture), fold accents
/// (<see cref="CharacterFolding"/>), drop English stop words and one-letter Latin tokens, Porter-stem English
/// words (with <see cref="StemOverrides"/> for the stems Porter runs together), and emit character bigrams for scripts without spaces (see <see cref="CharacterClass"/>). Greek,
/// Cyrillic and other spaced scripts become lower-cased words.
/// Not thread-safe (it reuses buffers and a token cache): use one instance per thread.
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

    // A long-lived (per-thread, query-side) analyzer forgets its cache past this many distinct tokens, so odd input
    // cannot grow it without limit. The index builder passes no limit: its vocabulary is kept by the index anyway.
    private const int DefaultMaxCachedTokens = 100_000;

    private readonly PorterStemmer stemmer = new();
    private readonly TokenTable table = new();
    private readonly List<int> entries = new();
    private readonly char[] token = new char[MaxTokenLength];
    private readonly int maxCachedTokens;
    private bool keepStopWords;

    public TextAnalyzer()
        : this(DefaultMaxCachedTokens)
    {
    }

    internal TextAnalyzer(int maxCachedTokens) => this.maxCachedTokens = maxCachedTokens;

    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/> (null or empty text adds nothing).</summary>
    /// <param name="surfaces">When given, receives for each term the lower-cased word it came from, for explanations.</param>
    public void Analyze(string? text, List<string> terms, List<string>? surfaces = null, int maxCharacters = DefaultMaxCharacters)
    {
        if (terms is null)
        {
            throw new ArgumentNullException(nameof(terms));
        }

        if (table.Count > maxCachedTokens)
        {
            table.Clear();
        }

        entries.Clear();
        AnalyzeEntries(text, entries, maxCharacters);
        foreach (var entry in entries)
        {
            terms.Add(table.Term(entry));
            surfaces?.Add(table.Word(entry));
        }
    }

    /// <summary>Convenience form returning a new list.</summary>
    public List<string> Analyze(string? text)
    {
        var terms = new List<string>();
        Analyze(text, terms);
        return terms;
    }

    internal string TermOf(int entry) => table.Term(entry);

    /// <summary>
    /// Like <see cref="Analyze(string?, List{string}, List{string}?, int)"/>, but stop words are kept (as the word
    /// itself), so multi-word phrases keep their meaning: "likes us" must not shrink to "like", nor "on hold" to "hold".
    /// </summary>
    /// <param name="spans">When given, receives two numbers per term: where its word starts in <paramref name="text"/>
    /// and where it ends (exclusive), so a phrase can be quoted exactly as written.</param>
    internal void AnalyzeKeepingStopWords(string? text, List<string> terms, List<string> surfaces, List<int>? spans = null)
    {
        if (table.Count > maxCachedTokens)
        {
            table.Clear();
        }

        entries.Clear();
        keepStopWords = true;
        try
        {
            AnalyzeEntries(text, entries, DefaultMaxCharacters, spans);
        }
        finally
        {
            keepStopWords = false;
        }

        foreach (var entry in entries)
        {
            var term = table.Term(entry);
            terms.Add(term.Length > 0 ? term : table.Word(entry));
            surfaces.Add(table.Word(entry));
        }
    }

    /// <summary>
    /// The allocation-free core: appends, per kept token, its entry number (see <see cref="TermOf"/>). A token seen
    /// before keeps its number, so callers can cache per-entry data (the index builder caches term ids).
    /// </summary>
    internal void AnalyzeEntries(string? text, List<int> output, int maxCharacters, List<int>? spans = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var end = Math.Min(text!.Length, Math.Max(0, maxCharacters));
        var length = 0;
        var hash = TokenTable.Seed;
        var overlong = false;
        var previousUnsegmented = '\0';
        var unsegmentedRun = 0;
        var start = 0;

        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            var kind = CharacterClass.Classify(c);
            if (kind == CharacterKind.WordPart)
            {
                FlushUnsegmented(ref unsegmentedRun, previousUnsegmented, output, spans, i);
                if (length == 0)
                {
                    start = i;
                }

                if (length < MaxTokenLength)
                {
                    var folded = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c) : CharacterFolding.Fold(char.ToLowerInvariant(c));
                    token[length++] = folded;
                    hash = TokenTable.Step(hash, folded);
                }
                else
                {
                    overlong = true;
                }

                continue;
            }

            if (kind == CharacterKind.Unsegmented)
            {
                FlushWord(ref length, ref hash, ref overlong, output, spans, start, i);
                if (unsegmentedRun > 0)
                {
                    Emit(previousUnsegmented, c, output);
                    spans?.Add(i - 1);
                    spans?.Add(i + 1);
                }

                previousUnsegmented = c;
                unsegmentedRun++;
                continue;
            }

            FlushUnsegmented(ref unsegmentedRun, previousUnsegmented, output, spans, i);

            // An apostrophe inside a word is skipped ("rep's" -> "reps"); anywhere else it separates.
            if (kind == CharacterKind.Separator || length == 0)
            {
                FlushWord(ref length, ref hash, ref overlong, output, spans, start, i);
            }
        }

        FlushWord(ref length, ref hash, ref overlong, output, spans, start, end);
        FlushUnsegmented(ref unsegmentedRun, previousUnsegmented, output, spans, end);
    }

    private void Emit(char first, char second, List<int> output)
    {
        token[0] = first;
        token[1] = second;
        output.Add(Lookup(2, TokenTable.Step(TokenTable.Step(TokenTable.Seed, first), second), stem: false));
    }

    // A run of one unsegmented character has no bigram; index the character itself so single kanji still match.
    private void FlushUnsegmented(ref int run, char previous, List<int> output, List<int>? spans, int next)
    {
        if (run == 1)
        {
            token[0] = previous;
            output.Add(Lookup(1, TokenTable.Step(TokenTable.Seed, previous), stem: false));
            spans?.Add(next - 1);
            spans?.Add(next);
        }

        run = 0;
    }

    private void FlushWord(ref int length, ref int hash, ref bool overlong, List<int> output, List<int>? spans, int start, int end)
    {
        if (length > 0 && !overlong && !(length == 1 && token[0] >= 'a' && token[0] <= 'z'))
        {
            var entry = Lookup(length, hash, stem: true);
            if (keepStopWords || table.Term(entry).Length > 0)
            {
                output.Add(entry);
                spans?.Add(start);
                spans?.Add(end);
            }
        }

        length = 0;
        hash = TokenTable.Seed;
        overlong = false;
    }

    private int Lookup(int length, int hash, bool stem)
    {
        var entry = table.Find(token, length, hash);
        if (entry >= 0)
        {
            return entry;
        }

        var word = new string(token, 0, length);
        var term = !stem ? word : StopWords.IsStopWord(word) ? "" : StemOverrides.TryGet(word, out var fixedTerm) ? fixedTerm : stemmer.Stem(word);
        return table.Add(word, term, hash);
    }
}
