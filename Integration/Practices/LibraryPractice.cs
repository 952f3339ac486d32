using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Practices;

/// <summary>A practice as the org holds it: the Domain's practice plus its cross-environment key.</summary>
public sealed record LibraryPractice(Practice Practice, string? Key);
