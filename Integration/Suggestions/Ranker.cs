using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Integration.Practices;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Suggestions;

/// <summary>The approved library indexed once, ranked for any number of deal contexts (a watch re-ranks often).</summary>
public sealed class Ranker
{
    private readonly PracticeIndex index;
    private readonly Dictionary<string, string?> keys;

    private Ranker(IReadOnlyList<LibraryPractice> library)
    {
        index = PracticeIndex.Build(library.Select(p => p.Practice));
        keys = library.GroupBy(p => p.Practice.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        Count = index.Count;
    }

    /// <summary>Approved practices in the index.</summary>
    public int Count { get; }

    public static Ranker Load(IOrganizationService service) => new(PracticeLibrary.LoadApproved(service));

    public SuggestionList Rank(DealContext deal, int top, DateTime asOfUtc) => index.Suggest(deal, top, asOfUtc);

    /// <summary>The practice's dvs_practicekey, if it has one.</summary>
    public string? KeyOf(string practiceId) => keys.TryGetValue(practiceId, out var key) ? key : null;
}
