using System;
using System.Collections.Generic;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// English function words that carry no topical signal. Kept short on purpose: sales vocabulary such as
/// "deal", "customer" or "value" is not removed, because idf already discounts it and removing it would make
/// a query like "customer value" empty.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "you", "your", "yours", "yourself", "yourselves",
    };

    /// <summary>True for a lower-case English stop word.</summary>
    public static bool IsStopWord(string token) => token is not null && English.Contains(token);
}
