using System;

namespace DataverseSharing.Domain.Ranking;

/// <summary>Structured fields, as bits: which ones a practice specifies, and which ones matched a deal.</summary>
[Flags]
internal enum MatchedFields
{
    None = 0,
    Stage = 1,
    Industry = 2,
    SizeBand = 4,
    Product = 8,
    Competitor = 16,
    BuyerRole = 32,
    Region = 64,
    DecisionUnit = 128,
}
