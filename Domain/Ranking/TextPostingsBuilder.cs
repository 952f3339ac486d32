using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Builds <see cref="TextPostings"/> in two passes. Pass one analyses each practice's four text fields and records,
/// per posting, the raw term frequency of each field packed into one int (a byte per field, saturating at 255:
/// with k1 around 1.2 the saturation curve is flat long before that). Pass two, once the average field lengths
/// are known, turns those into BM25F impacts. Documents arrive in ascending order, so postings come out sorted
/// without a sort.
/// </summary>
internal sealed class TextPostingsBuilder
{
    // Field order inside the packed frequency int.
    private const int Title = 0;
    private const int Summary = 1;
    private const int Keywords = 2;
    private const int Body = 3;
    private const int FieldCount = 4;

    // No cache limit: the builder is short-lived and the index keeps the whole vocabulary anyway.
    private readonly TextAnalyzer analyzer = new(int.MaxValue);
    private readonly List<int> entries = new();
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);

    // Term id per analyzer entry (-1 until seen): most tokens repeat, so this skips the term dictionary.
    private int[] termIdByEntry = new int[1024];

    // The current document's packed frequencies by term id, and the terms it has: counting into one dense array
    // and appending each posting once per document keeps the per-token work inside a small, cache-resident array.
    private int[] documentFrequencies = new int[1024];
    private readonly List<int> documentTerms = new();
    private readonly List<Postings> postings = new();
    private readonly int[][] fieldLengths;
    private readonly int documentCount;

    public TextPostingsBuilder(int documentCount)
    {
        this.documentCount = documentCount;
        for (var i = 0; i < termIdByEntry.Length; i++)
        {
            termIdByEntry[i] = -1;
        }

        fieldLengths = new int[FieldCount][];
        for (var f = 0; f < FieldCount; f++)
        {
            fieldLengths[f] = new int[documentCount];
        }
    }

    public void Add(int doc, Practice practice)
    {
        AddField(doc, Title, practice.Title);
        AddField(doc, Summary, practice.Summary);
        foreach (var keyword in practice.Keywords)
        {
            AddField(doc, Keywords, keyword);
        }

        AddField(doc, Body, practice.Body);
        foreach (var termId in documentTerms)
        {
            postings[termId].Append(doc, documentFrequencies[termId]);
            documentFrequencies[termId] = 0;
        }

        documentTerms.Clear();
    }

    public TextPostings Build(RankingOptions options)
    {
        var fieldWeights = new[] { options.TitleFieldWeight, options.SummaryFieldWeight, options.KeywordsFieldWeight, options.BodyFieldWeight };
        var averageLengths = new double[FieldCount];
        for (var f = 0; f < FieldCount; f++)
        {
            long total = 0;
            foreach (var length in fieldLengths[f])
            {
                total += length;
            }

            averageLengths[f] = documentCount == 0 ? 1.0 : Math.Max(1.0, (double)total / documentCount);
        }

        var totalPostings = 0;
        foreach (var list in postings)
        {
            totalPostings += list.Count;
        }

        var starts = new int[postings.Count + 1];
        var docs = new int[totalPostings];
        var impacts = new float[totalPostings];
        var idfs = new float[postings.Count];
        var k1 = options.Bm25K1;
        var b = options.Bm25B;
        var at = 0;
        for (var t = 0; t < postings.Count; t++)
        {
            starts[t] = at;
            var list = postings[t];
            double df = list.Count;
            idfs[t] = (float)Math.Log(1.0 + ((documentCount - df + 0.5) / (df + 0.5)));
            for (var i = 0; i < list.Count; i++)
            {
                var doc = list.Docs[i];
                var packed = list.Frequencies[i];
                var pseudoFrequency = 0.0;
                for (var f = 0; f < FieldCount; f++)
                {
                    var tf = (packed >> (8 * f)) & 0xFF;
                    if (tf != 0)
                    {
                        var norm = 1.0 - b + (b * fieldLengths[f][doc] / averageLengths[f]);
                        pseudoFrequency += fieldWeights[f] * tf / norm;
                    }
                }

                docs[at] = doc;
                impacts[at] = (float)(pseudoFrequency / (k1 + pseudoFrequency));
                at++;
            }
        }

        starts[postings.Count] = at;
        return new TextPostings(termIds, starts, docs, impacts, idfs);
    }

    private void AddField(int doc, int field, string text)
    {
        entries.Clear();
        analyzer.AnalyzeEntries(text, entries, TextAnalyzer.DefaultMaxCharacters);
        fieldLengths[field][doc] += entries.Count;
        var shift = 8 * field;
        foreach (var entry in entries)
        {
            var termId = TermIdOf(entry);
            var packed = documentFrequencies[termId];
            if (packed == 0)
            {
                documentTerms.Add(termId);
            }

            if (((packed >> shift) & 0xFF) < 0xFF)
            {
                documentFrequencies[termId] = packed + (1 << shift);
            }
        }
    }

    private int TermIdOf(int entry)
    {
        if (entry >= termIdByEntry.Length)
        {
            var grown = new int[Math.Max(entry + 1, termIdByEntry.Length * 2)];
            Array.Copy(termIdByEntry, grown, termIdByEntry.Length);
            for (var i = termIdByEntry.Length; i < grown.Length; i++)
            {
                grown[i] = -1;
            }

            termIdByEntry = grown;
        }

        var termId = termIdByEntry[entry];
        if (termId >= 0)
        {
            return termId;
        }

        // Different tokens can share a term ("pricing", "priced"), so the term dictionary is still the authority.
        var term = analyzer.TermOf(entry);
        if (!termIds.TryGetValue(term, out termId))
        {
            termId = postings.Count;
            termIds.Add(term, termId);
            postings.Add(new Postings());
            if (termId >= documentFrequencies.Length)
            {
                Array.Resize(ref documentFrequencies, documentFrequencies.Length * 2);
            }
        }

        termIdByEntry[entry] = termId;
        return termId;
    }

    /// <summary>A growable pair of arrays; cheaper than two List&lt;int&gt; for millions of postings.</summary>
    private sealed class Postings
    {
        public int[] Docs = new int[2];
        public int[] Frequencies = new int[2];
        public int Count;

        public void Append(int doc, int frequencies)
        {
            if (Count == Docs.Length)
            {
                Array.Resize(ref Docs, Count * 2);
                Array.Resize(ref Frequencies, Count * 2);
            }

            Docs[Count] = doc;
            Frequencies[Count] = frequencies;
            Count++;
        }
    }
}
