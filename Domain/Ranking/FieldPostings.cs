using System;
using System.Collections.Generic;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Structured-field lookup: for each normalised value of each field, the ascending list of documents that name it,
/// plus per-stage, per-size-band and per-topic lists. A query walks only the lists of the values its deal has, so
/// the structured part costs the number of matching practices, never the library size. Immutable after build.
/// </summary>
internal sealed class FieldPostings
{
    private static readonly int[] None = [];

    private readonly Dictionary<string, int[]> industries;
    private readonly Dictionary<string, int[]> regions;
    private readonly Dictionary<string, int[]> products;
    private readonly Dictionary<string, int[]> competitors;
    private readonly Dictionary<string, int[]> buyerRoles;
    private readonly int[][] byStage;
    private readonly int[][] byBand;
    private readonly int[][] byTopic;

    private FieldPostings(Builder builder)
    {
        industries = Freeze(builder.Industries);
        regions = Freeze(builder.Regions);
        products = Freeze(builder.Products);
        competitors = Freeze(builder.Competitors);
        buyerRoles = Freeze(builder.BuyerRoles);
        byStage = Freeze(builder.ByStage);
        byBand = Freeze(builder.ByBand);
        byTopic = Freeze(builder.ByTopic);
    }

    public int[] Industry(string key) => Lookup(industries, key);

    public int[] Region(string key) => Lookup(regions, key);

    public int[] Product(string key) => Lookup(products, key);

    public int[] Competitor(string key) => Lookup(competitors, key);

    public int[] BuyerRole(string key) => Lookup(buyerRoles, key);

    public int[] Stage(SalesStage stage) => (int)stage < byStage.Length && stage >= 0 ? byStage[(int)stage] : None;

    public int[] Band(DealSizeBand band) => (int)band < byBand.Length && band >= 0 ? byBand[(int)band] : None;

    public int[] Topic(PracticeTopic topic) => (int)topic < byTopic.Length && topic >= 0 ? byTopic[(int)topic] : None;

    private static int[] Lookup(Dictionary<string, int[]> map, string key) => map.TryGetValue(key, out var docs) ? docs : None;

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> source)
    {
        var frozen = new Dictionary<string, int[]>(source.Count, StringComparer.Ordinal);
        foreach (var pair in source)
        {
            frozen.Add(pair.Key, pair.Value.ToArray());
        }

        return frozen;
    }

    private static int[][] Freeze(List<int>[] source)
    {
        var frozen = new int[source.Length][];
        for (var i = 0; i < source.Length; i++)
        {
            frozen[i] = source[i].ToArray();
        }

        return frozen;
    }

    /// <summary>Collects the lists while documents are added in ascending order.</summary>
    internal sealed class Builder
    {
        public Builder(int topicCount)
        {
            ByStage = NewLists(Enum.GetValues(typeof(SalesStage)).Length);
            ByBand = NewLists(Enum.GetValues(typeof(DealSizeBand)).Length);
            ByTopic = NewLists(topicCount);
        }

        public Dictionary<string, List<int>> Industries { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> Regions { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> Products { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> Competitors { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<int>> BuyerRoles { get; } = new(StringComparer.Ordinal);

        public List<int>[] ByStage { get; }

        public List<int>[] ByBand { get; }

        public List<int>[] ByTopic { get; }

        /// <summary>Indexes the practice's structured fields and returns which fields it specifies at all.</summary>
        public MatchedFields Add(int doc, Practice practice)
        {
            var specified = MatchedFields.None;
            specified |= AddValues(Industries, doc, practice.Industries, MatchedFields.Industry);
            specified |= AddValues(Regions, doc, practice.Regions, MatchedFields.Region);
            specified |= AddValues(Products, doc, practice.ProductFamilies, MatchedFields.Product);
            specified |= AddValues(Competitors, doc, practice.Competitors, MatchedFields.Competitor);
            specified |= AddValues(BuyerRoles, doc, practice.BuyerRoles, MatchedFields.BuyerRole);
            foreach (var stage in practice.SalesStages)
            {
                if ((int)stage >= 0 && (int)stage < ByStage.Length && !EndsWith(ByStage[(int)stage], doc))
                {
                    ByStage[(int)stage].Add(doc);
                    specified |= MatchedFields.Stage;
                }
            }

            if (practice.DealSizeBand is { } band && (int)band >= 0 && (int)band < ByBand.Length)
            {
                ByBand[(int)band].Add(doc);
                specified |= MatchedFields.SizeBand;
            }

            if ((int)practice.Topic >= 0 && (int)practice.Topic < ByTopic.Length)
            {
                ByTopic[(int)practice.Topic].Add(doc);
            }

            return specified;
        }

        public FieldPostings Build() => new(this);

        private static MatchedFields AddValues(Dictionary<string, List<int>> map, int doc, IReadOnlyList<string> values, MatchedFields field)
        {
            var any = MatchedFields.None;
            foreach (var value in values)
            {
                var key = FieldKey.Normalize(value);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!map.TryGetValue(key, out var docs))
                {
                    docs = new List<int>();
                    map.Add(key, docs);
                }

                // A practice listing a value twice must not get a duplicate posting.
                if (!EndsWith(docs, doc))
                {
                    docs.Add(doc);
                }

                any = field;
            }

            return any;
        }

        private static bool EndsWith(List<int> docs, int doc) => docs.Count > 0 && docs[docs.Count - 1] == doc;

        private static List<int>[] NewLists(int count)
        {
            var lists = new List<int>[count];
            for (var i = 0; i < count; i++)
            {
                lists[i] = new List<int>();
            }

            return lists;
        }
    }
}
