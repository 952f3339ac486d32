using System.Collections.Generic;
using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Domain.Ranking;

/// <summary>A ranked practice with the reasons that put it there.</summary>
public sealed class Suggestion
{
    public Suggestion(Practice practice, double score, int rank, IReadOnlyList<SuggestionReason> reasons)
    {
        Practice = practice;
        Score = score;
        Rank = rank;
        Reasons = reasons;
    }

    public Practice Practice { get; }

    /// <summary>The sum of the reasons' contributions.</summary>
    public double Score { get; }

    /// <summary>1-based position in the result.</summary>
    public int Rank { get; }

    /// <summary>Factors ordered from the strongest push up to the strongest push down.</summary>
    public IReadOnlyList<SuggestionReason> Reasons { get; }

    public override string ToString() => $"#{Rank} {Practice.Id} {Score:0.000}";
}
