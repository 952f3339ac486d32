using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Diversified top-k in one pass: one small min-heap per topic holding that topic's best <c>perTopic</c> candidates.
/// Greedy diversification ("walk by score, skip a candidate whose topic already has its cap") picks exactly the
/// best k of the union of these heaps, so nothing beyond topics x cap entries is ever kept or sorted.
/// Order is score descending, then document number ascending (documents are numbered in id order, so ties break
/// by practice id).
/// </summary>
internal sealed class TopicHeaps
{
    private double[] scores = [];
    private int[] docs = [];
    private int[] counts = [];
    private int capacity;

    public void Reset(int topicCount, int perTopic)
    {
        capacity = perTopic;
        var size = topicCount * perTopic;
        if (scores.Length < size)
        {
            scores = new double[size];
            docs = new int[size];
        }

        if (counts.Length < topicCount)
        {
            counts = new int[topicCount];
        }

        Array.Clear(counts, 0, counts.Length);
    }

    public void Offer(int topic, int doc, double score)
    {
        var start = topic * capacity;
        var count = counts[topic];
        if (count < capacity)
        {
            // Sift up.
            var i = count;
            counts[topic] = count + 1;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!Worse(score, doc, scores[start + parent], docs[start + parent]))
                {
                    break;
                }

                scores[start + i] = scores[start + parent];
                docs[start + i] = docs[start + parent];
                i = parent;
            }

            scores[start + i] = score;
            docs[start + i] = doc;
            return;
        }

        // Root is the worst kept entry; replace it only with something better.
        if (!Worse(scores[start], docs[start], score, doc))
        {
            return;
        }

        SiftDown(start, count, score, doc);
    }

    /// <summary>All kept entries, best first.</summary>
    public List<KeyValuePair<int, double>> Drain(int topicCount)
    {
        var all = new List<KeyValuePair<int, double>>();
        for (var t = 0; t < topicCount; t++)
        {
            var start = t * capacity;
            for (var i = 0; i < counts[t]; i++)
            {
                all.Add(new KeyValuePair<int, double>(docs[start + i], scores[start + i]));
            }
        }

        all.Sort(static (a, b) => Worse(a.Value, a.Key, b.Value, b.Key) ? 1 : Worse(b.Value, b.Key, a.Value, a.Key) ? -1 : 0);
        return all;
    }

    /// <summary>True when (scoreA, docA) ranks below (scoreB, docB).</summary>
    private static bool Worse(double scoreA, int docA, double scoreB, int docB) =>
        scoreA < scoreB || (scoreA == scoreB && docA > docB);

    private void SiftDown(int start, int count, double score, int doc)
    {
        var i = 0;
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= count)
            {
                break;
            }

            var worst = left;
            var right = left + 1;
            if (right < count && Worse(scores[start + right], docs[start + right], scores[start + left], docs[start + left]))
            {
                worst = right;
            }

            if (!Worse(scores[start + worst], docs[start + worst], score, doc))
            {
                break;
            }

            scores[start + i] = scores[start + worst];
            docs[start + i] = docs[start + worst];
            i = worst;
        }

        scores[start + i] = score;
        docs[start + i] = doc;
    }
}
