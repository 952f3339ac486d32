namespace DataverseSharing.Domain.Ranking;

/// <summary>One factor behind a suggestion's score, in words a rep can read.</summary>
public sealed class SuggestionReason
{
    public SuggestionReason(string factor, string text, double contribution)
    {
        Factor = factor ?? "";
        Text = text ?? "";
        Contribution = contribution;
    }

    /// <summary>Machine-readable factor: see <see cref="ReasonFactors"/>.</summary>
    public string Factor { get; }

    /// <summary>Plain words, e.g. "same stage: Propose".</summary>
    public string Text { get; }

    /// <summary>Points this factor added (negative when it pushed the practice down).</summary>
    public double Contribution { get; }

    public override string ToString() => $"{Factor}: {Text} ({Contribution:+0.00;-0.00})";
}
