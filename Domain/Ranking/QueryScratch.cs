using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Per-thread working memory of a query: score accumulators indexed by document number, the list of documents
/// touched, and the analyzer. Arrays are reused across queries (a generation stamp marks which slots belong to the
/// current query, so nothing is cleared), which keeps a query's allocations to its result. One instance per thread
/// (<see cref="ForCurrentThread"/>), so concurrent queries on a shared index never share accumulators.
/// </summary>
internal sealed class QueryScratch
{
    [ThreadStatic]
    private static QueryScratch? current;

    private int[] stamps = [];
    private int[] penaltyStamps = [];
    private int generation;

    private QueryScratch()
    {
    }

    public float[] Text { get; private set; } = [];

    public float[] Structured { get; private set; } = [];

    public MatchedFields[] Matched { get; private set; } = [];

    public float[] Penalty { get; private set; } = [];

    /// <summary>Documents touched by this query, in first-touch order; <see cref="TouchedCount"/> are valid.</summary>
    public int[] Touched { get; private set; } = [];

    public int TouchedCount { get; set; }

    public TextAnalyzer Analyzer { get; } = new();

    public List<string> AnalyzedTerms { get; } = new();

    public List<string> AnalyzedSurfaces { get; } = new();

    public QueryTerms Query { get; } = new();

    public TopicHeaps Heaps { get; } = new();

    public static QueryScratch ForCurrentThread(int documentCount)
    {
        var scratch = current ??= new QueryScratch();
        scratch.Begin(documentCount);
        return scratch;
    }

    public bool HasPenalty(int doc) => penaltyStamps[doc] == generation;

    public void AddText(int doc, float value)
    {
        Touch(doc);
        Text[doc] += value;
    }

    public void AddTextIfTouched(int doc, float value)
    {
        if (stamps[doc] == generation)
        {
            Text[doc] += value;
        }
    }

    /// <summary>Adds a structured field's weight once per field, however many of the deal's values match.</summary>
    public void AddStructured(int doc, MatchedFields field, float weight)
    {
        Touch(doc);
        if ((Matched[doc] & field) == 0)
        {
            Matched[doc] |= field;
            Structured[doc] += weight;
        }
    }

    public void Touch(int doc)
    {
        if (stamps[doc] != generation)
        {
            stamps[doc] = generation;
            Text[doc] = 0f;
            Structured[doc] = 0f;
            Matched[doc] = MatchedFields.None;
            Touched[TouchedCount++] = doc;
        }
    }

    /// <summary>Records a feedback penalty without making the document a candidate.</summary>
    public void AddPenalty(int doc, float value)
    {
        if (penaltyStamps[doc] != generation)
        {
            penaltyStamps[doc] = generation;
            Penalty[doc] = 0f;
        }

        Penalty[doc] += value;
    }

    private void Begin(int documentCount)
    {
        if (stamps.Length < documentCount)
        {
            stamps = new int[documentCount];
            penaltyStamps = new int[documentCount];
            Text = new float[documentCount];
            Structured = new float[documentCount];
            Matched = new MatchedFields[documentCount];
            Penalty = new float[documentCount];
            Touched = new int[documentCount];
            generation = 0;
        }

        // Stamps start at 0, so generation 0 is never used; on wrap-around, clear and start again.
        if (generation == int.MaxValue)
        {
            Array.Clear(stamps, 0, stamps.Length);
            Array.Clear(penaltyStamps, 0, penaltyStamps.Length);
            generation = 0;
        }

        generation++;
        TouchedCount = 0;
    }
}
