using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Builds <see cref="TextPostings"/> in two passes. Pass one analyses each practice's four text fields and appends,
/// document by document, one (term, packed frequencies) pair per distinct term to two flat arrays; the raw term
/// frequency of each field is packed into one int (a byte per field, saturating at 255: with k1 around 1.2 the
/// saturation curve is flat long before that). Pass two, once the average field lengths are known, scatters the
/// pairs by term (a counting sort: documents were appended in ascending order, so each term's postings come out
/// sorted) and turns the frequencies into BM25F impacts. Flat arrays instead of one growable list per term keep
/// the build to a few large allocations and sequential writes.
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

    // Pass one output: for document d, pairs [documentStarts[d], documentStarts[d + 1]) of (term, packed frequencies).
    private readonly int[] documentStarts;
    private int[] pairTerms;
    private int[] pairFrequencies;
    private int pairCount;

    // Number of documents containing each term (document frequency), indexed by term id.
    private int[] documentCounts = new int[1024];
    private readonly int[][] fieldLengths;
    private readonly int documentCount;

    /// <param name="documentCount">Number of practices that will be added.</param>
    /// <param name="textLength">Their total text length in characters, to size the pair arrays once.</param>
    public TextPostingsBuilder(int documentCount, long textLength)
    {
        this.documentCount = documentCount;
        documentStarts = new int[documentCount + 1];

        // About one distinct (document, term) pair per 12 characters of practice text; sizing the two largest arrays
        // from that saves the doubling copies, which on a 10,000-practice library were over half of the build's
        // allocations and each a large-object-heap allocation (a full collection sooner).
        var estimate = Math.Min(int.MaxValue / 2, Math.Max(1024L, textLength / 12));
        pairTerms = new int[(int)estimate];
        pairFrequencies = new int[pairTerms.Length];
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
        if (pairCount + documentTerms.Count > pairTerms.Length)
        {
            var size = Math.Max(pairTerms.Length * 2, pairCount + documentTerms.Count);
            Array.Resize(ref pairTerms, size);
            Array.Resize(ref pairFrequencies, size);
        }

        foreach (var termId in documentTerms)
        {
            pairTerms[pairCount] = termId;
            pairFrequencies[pairCount] = documentFrequencies[termId];
            pairCount++;
            documentCounts[termId]++;
            documentFrequencies[termId] = 0;
        }

        documentTerms.Clear();
        documentStarts[doc + 1] = pairCount;
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

        var termCount = termIds.Count;
        var starts = new int[termCount + 1];
        var idfs = new float[termCount];
        for (var t = 0; t < termCount; t++)
        {
            double df = documentCounts[t];
            starts[t + 1] = starts[t] + documentCounts[t];
            idfs[t] = (float)Math.Log(1.0 + ((documentCount - df + 0.5) / (df + 0.5)));
        }

        var cursors = new int[termCount];
        Array.Copy(starts, cursors, termCount);
        var docs = new int[pairCount];
        var impacts = new float[pairCount];
        var k1 = options.Bm25K1;
        var b = options.Bm25B;
        var norms = new double[FieldCount];
        for (var doc = 0; doc < documentCount; doc++)
        {
            for (var f = 0; f < FieldCount; f++)
            {
                norms[f] = 1.0 - b + (b * fieldLengths[f][doc] / averageLengths[f]);
            }

            for (var p = documentStarts[doc]; p < documentStarts[doc + 1]; p++)
            {
                var packed = pairFrequencies[p];
                var pseudoFrequency = 0.0;
                for (var f = 0; f < FieldCount; f++)
                {
                    var tf = (packed >> (8 * f)) & 0xFF;
                    if (tf != 0)
                    {
                        pseudoFrequency += fieldWeights[f] * tf / norms[f];
                    }
                }

                var at = cursors[pairTerms[p]]++;
                docs[at] = doc;
                impacts[at] = (float)(pseudoFrequency / (k1 + pseudoFrequency));
            }
        }

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
            termId = termIds.Count;
            termIds.Add(term, termId);
            if (termId >= documentFrequencies.Length)
            {
                Array.Resize(ref documentFrequencies, documentFrequencies.Length * 2);
                Array.Resize(ref documentCounts, documentCounts.Length * 2);
            }
        }

        termIdByEntry[entry] = termId;
        return termId;
    }
}
