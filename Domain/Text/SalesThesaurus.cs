using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// Recognises sales concepts in a deal's notes (<see cref="ConceptGroup"/>) so the ranking can also look for the
/// words articles use for them. Reps rarely write in the vocabulary of the playbook: "the quote is more than he
/// planned to spend" is a budget problem, "finance leadership" is the CFO. Phrases and terms are analysed with the
/// same <see cref="TextAnalyzer"/> as the library (stemmed, accents folded) but keeping stop words, then matched as
/// word sequences over the note analysed the same way: "on hold" matches "put on hold" but not "hold the price".
/// Terms trigger their group too: a rep who writes "budget" is also looking for "funding".
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class SalesThesaurus
{
    private readonly Dictionary<string, List<Pattern>> patternsByFirstTerm = new(StringComparer.Ordinal);
    private readonly string[][] termsByGroup;

    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">A group is null or two groups share a name.</exception>
    public SalesThesaurus(IEnumerable<ConceptGroup> groups)
    {
        if (groups is null)
        {
            throw new ArgumentNullException(nameof(groups));
        }

        var list = new List<ConceptGroup>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            if (group is null)
            {
                throw new ArgumentException($"Concept group #{list.Count + 1} is null.", nameof(groups));
            }

            if (!names.Add(group.Name))
            {
                throw new ArgumentException($"Two concept groups are named '{group.Name}'.", nameof(groups));
            }

            list.Add(group);
        }

        Groups = list;
        termsByGroup = new string[list.Count][];
        var analyzer = new TextAnalyzer();
        var analyzed = new List<string>();
        var words = new List<string>();
        for (var g = 0; g < list.Count; g++)
        {
            var terms = new List<string>();
            foreach (var term in list[g].Terms)
            {
                if (!Contains(list[g].ArticleOnlyTerms, term))
                {
                    analyzed.Clear();
                    analyzer.AnalyzeKeepingStopWords(term, analyzed, words);
                    AddPattern(analyzed, g);
                }

                analyzed.Clear();
                analyzer.Analyze(term, analyzed);
                foreach (var stem in analyzed)
                {
                    if (!terms.Contains(stem))
                    {
                        terms.Add(stem);
                    }
                }
            }

            foreach (var phrase in list[g].Phrases)
            {
                analyzed.Clear();
                analyzer.AnalyzeKeepingStopWords(phrase, analyzed, words);
                AddPattern(analyzed, g);
            }

            termsByGroup[g] = terms.ToArray();
        }
    }

    /// <summary>The built-in B2B sales concepts (about fifty groups, from prospecting to hand-off).</summary>
    public static SalesThesaurus Default { get; } = new(SalesVocabulary.Groups);

    /// <summary>No concepts: the ranking matches the rep's own words only.</summary>
    public static SalesThesaurus Empty { get; } = new(Array.Empty<ConceptGroup>());

    public IReadOnlyList<ConceptGroup> Groups { get; }

    /// <summary>The analysed article terms of group <paramref name="group"/>.</summary>
    internal IReadOnlyList<string> TermsOf(int group) => termsByGroup[group];

    /// <summary>
    /// Appends to <paramref name="matches"/> one match per concept group found in <paramref name="terms"/> (text
    /// analysed keeping stop words, see <see cref="TextAnalyzer.AnalyzeKeepingStopWords"/>): the group and the
    /// position and length of its first occurrence.
    /// </summary>
    internal void Match(List<string> terms, List<ConceptMatch> matches)
    {
        if (patternsByFirstTerm.Count == 0)
        {
            return;
        }

        for (var start = 0; start < terms.Count; start++)
        {
            if (!patternsByFirstTerm.TryGetValue(terms[start], out var patterns))
            {
                continue;
            }

            foreach (var pattern in patterns)
            {
                if (Matches(terms, start, pattern.Rest) && !Contains(matches, pattern.Group))
                {
                    matches.Add(new ConceptMatch(pattern.Group, start, pattern.Rest.Length + 1));
                }
            }
        }
    }

    private static bool Matches(List<string> terms, int start, string[] rest)
    {
        if (start + rest.Length >= terms.Count)
        {
            return false;
        }

        for (var i = 0; i < rest.Length; i++)
        {
            if (!string.Equals(terms[start + 1 + i], rest[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(List<ConceptMatch> matches, int group)
    {
        foreach (var match in matches)
        {
            if (match.Group == group)
            {
                return true;
            }
        }

        return false;
    }

    // An empty phrase (only punctuation) can never match; it is dropped.
    private void AddPattern(List<string> analyzed, int group)
    {
        if (analyzed.Count == 0)
        {
            return;
        }

        var rest = analyzed.GetRange(1, analyzed.Count - 1).ToArray();
        if (!patternsByFirstTerm.TryGetValue(analyzed[0], out var patterns))
        {
            patterns = new List<Pattern>();
            patternsByFirstTerm.Add(analyzed[0], patterns);
        }

        foreach (var existing in patterns)
        {
            if (existing.Group == group && SameTerms(existing.Rest, rest))
            {
                return;
            }
        }

        patterns.Add(new Pattern(rest, group));
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameTerms(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private readonly struct Pattern
    {
        public Pattern(string[] rest, int group)
        {
            Rest = rest;
            Group = group;
        }

        public string[] Rest { get; }

        public int Group { get; }
    }
}
