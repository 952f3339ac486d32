using System.Security.Cryptography;
using System.Text;

namespace DataverseSharing.Serve.Security;

/// <summary>
/// The server's bearer token: 32 random bytes as lower-case hex, new on every start. Compared in constant time so a
/// caller cannot find it a character at a time by timing refusals.
/// </summary>
internal sealed class LocalToken
{
    private readonly byte[] expected;

    public LocalToken(string value)
    {
        Value = value;
        expected = Encoding.UTF8.GetBytes(value);
    }

    public string Value { get; }

    public static LocalToken New() => new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Whether an Authorization header carries this token as "Bearer &lt;token&gt;".</summary>
    public bool Accepts(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(authorization[Scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
