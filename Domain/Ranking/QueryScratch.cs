using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Per-thread working memory of a query: one accumulator per document, the list of documents touched, and the
/// analyzer. Arrays are reused across queries (a generation stamp marks which accumulators belong to the current
/// query, so nothing is cleared), which keeps a query's allocations to its result. One instance per thread
/// (<see cref="ForCurrentThread"/>), so concurrent queries on a shared index never share accumulators.
/// </summary>
internal sealed class QueryScratch
{
    [ThreadStatic]
    private static QueryScratch? current;

    private Accumulator[] slots = [];
    private int[] penaltyStamps = [];
    private float[] penalties = [];
    private int generation;

    private QueryScratch()
    {
    }

    /// <summary>Documents touched by this query, in first-touch order; <see cref="TouchedCount"/> are valid.</summary>
    public int[] Touched { get; private set; } = [];

    public int TouchedCount { get; set; }

    public TextAnalyzer Analyzer { get; } = new();

    public List<string> AnalyzedTerms { get; } = new();

    public List<string> AnalyzedSurfaces { get; } = new();

    /// <summary>Start and end (exclusive) in the deal's notes of each analysed word, two numbers per word.</summary>
    public List<int> AnalyzedSpans { get; } = new();

    public QueryTerms Query { get; } = new();

    public List<ConceptMatch> ConceptMatches { get; } = new();

    public TopicHeaps Heaps { get; } = new();

    public TopicEvidence Topics { get; } = new();

    /// <summary>Structured lists too long to recruit candidates, applied after the selective ones.</summary>
    public List<StructuredList> DeferredLists { get; } = new();

    public static QueryScratch ForCurrentThread(int documentCount)
    {
        var scratch = current ??= new QueryScratch();
        scratch.Begin(documentCount);
        return scratch;
    }

    /// <summary>Raw BM25F sum of a touched document.</summary>
    public float TextOf(int doc) => slots[doc].Text;

    /// <summary>Sum of matched structured weights of a touched document.</summary>
    public float StructuredOf(int doc) => slots[doc].Structured;

    public MatchedFields MatchedOf(int doc) => slots[doc].Matched;

    public bool HasPenalty(int doc) => penaltyStamps[doc] == generation;

    public float PenaltyOf(int doc) => HasPenalty(doc) ? penalties[doc] : 0f;

    // The three loops below are the hot path of every query; arrays, count and generation are read into locals once
    // so the loop body is a load, a compare and an add per posting.

    /// <summary>Adds factor * impacts[p] to docs[p] for p in [start, end), touching new documents.</summary>
    public void AddText(int[] docs, float[] impacts, int start, int end, float factor)
    {
        var accumulators = slots;
        var touched = Touched;
        var count = TouchedCount;
        var stamp = generation;
        for (var p = start; p < end; p++)
        {
            var doc = docs[p];
            ref var slot = ref accumulators[doc];
            if (slot.Stamp != stamp)
            {
                slot = new Accumulator { Stamp = stamp };
                touched[count++] = doc;
            }

            slot.Text += factor * impacts[p];
        }

        TouchedCount = count;
    }

    /// <summary>Like <see cref="AddText"/>, but only for documents that are already candidates.</summary>
    public void AddTextToTouched(int[] docs, float[] impacts, int start, int end, float factor)
    {
        var accumulators = slots;
        var stamp = generation;
        for (var p = start; p < end; p++)
        {
            ref var slot = ref accumulators[docs[p]];
            if (slot.Stamp == stamp)
            {
                slot.Text += factor * impacts[p];
            }
        }
    }

    /// <summary>Adds a structured field's weight to each document once per field, however many of the deal's values match.</summary>
    public void AddStructured(int[] docs, MatchedFields field, float weight)
    {
        var accumulators = slots;
        var touched = Touched;
        var count = TouchedCount;
        var stamp = generation;
        foreach (var doc in docs)
        {
            ref var slot = ref accumulators[doc];
            if (slot.Stamp != stamp)
            {
                slot = new Accumulator { Stamp = stamp };
                touched[count++] = doc;
            }

            if ((slot.Matched & field) == 0)
            {
                slot.Matched |= field;
                slot.Structured += weight;
            }
        }

        TouchedCount = count;
    }

    /// <summary>Like <see cref="AddStructured"/>, but only for documents that are already candidates.</summary>
    public void AddStructuredToTouched(int[] docs, MatchedFields field, float weight)
    {
        var accumulators = slots;
        var stamp = generation;
        foreach (var doc in docs)
        {
            ref var slot = ref accumulators[doc];
            if (slot.Stamp == stamp && (slot.Matched & field) == 0)
            {
                slot.Matched |= field;
                slot.Structured += weight;
            }
        }
    }

    public ref Accumulator Touch(int doc)
    {
        ref var slot = ref slots[doc];
        if (slot.Stamp != generation)
        {
            slot = new Accumulator { Stamp = generation };
            Touched[TouchedCount++] = doc;
        }

        return ref slot;
    }

    /// <summary>Records a feedback penalty without making the document a candidate.</summary>
    public void AddPenalty(int doc, float value)
    {
        if (penaltyStamps[doc] != generation)
        {
            penaltyStamps[doc] = generation;
            penalties[doc] = 0f;
        }

        penalties[doc] += value;
    }

    private void Begin(int documentCount)
    {
        if (slots.Length < documentCount)
        {
            slots = new Accumulator[documentCount];
            penaltyStamps = new int[documentCount];
            penalties = new float[documentCount];
            Touched = new int[documentCount];
            generation = 0;
        }

        // Stamps start at 0, so generation 0 is never used; on wrap-around, clear and start again.
        if (generation == int.MaxValue)
        {
            Array.Clear(slots, 0, slots.Length);
            Array.Clear(penaltyStamps, 0, penaltyStamps.Length);
            generation = 0;
        }

        generation++;
        TouchedCount = 0;
    }

    /// <summary>A structured posting list with the field it matches and its weight.</summary>
    internal readonly struct StructuredList
    {
        public StructuredList(int[] docs, MatchedFields field, float weight)
        {
            Docs = docs;
            Field = field;
            Weight = weight;
        }

        public int[] Docs { get; }

        public MatchedFields Field { get; }

        public float Weight { get; }
    }

    /// <summary>One document's running scores in the current query, packed so a touch is one cache line.</summary>
    internal struct Accumulator
    {
        public int Stamp;
        public float Text;
        public float Structured;
        public MatchedFields Matched;
    }
}
