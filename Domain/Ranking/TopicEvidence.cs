using System;

namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Per topic, the two best raw text scores among a query's candidates. A practice's topic evidence is the best
/// score of the *other* practices on its topic: when several write-ups on pricing match a deal's notes, the deal is
/// probably about pricing, and the pricing practice that happens to use different words should rise too (cluster
/// smoothing). Leaving the practice itself out means one lucky match does not count twice. Reused per thread.
/// </summary>
internal sealed class TopicEvidence
{
    private float[] best = [];
    private float[] second = [];
    private int[] bestDoc = [];

    public void Reset(int topicCount)
    {
        if (best.Length < topicCount)
        {
            best = new float[topicCount];
            second = new float[topicCount];
            bestDoc = new int[topicCount];
        }

        Array.Clear(best, 0, topicCount);
        Array.Clear(second, 0, topicCount);
        for (var t = 0; t < topicCount; t++)
        {
            bestDoc[t] = -1;
        }
    }

    public void Offer(int topic, int doc, float text)
    {
        if (text > best[topic])
        {
            second[topic] = best[topic];
            best[topic] = text;
            bestDoc[topic] = doc;
        }
        else if (text > second[topic])
        {
            second[topic] = text;
        }
    }

    /// <summary>The best raw text score among the other candidates on <paramref name="topic"/>.</summary>
    public float OthersBest(int topic, int doc) => bestDoc[topic] == doc ? second[topic] : best[topic];
}
