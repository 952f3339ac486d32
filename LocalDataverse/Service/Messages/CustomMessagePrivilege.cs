using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>A privilege a custom message needs: <paramref name="Privilege"/> on the table <paramref name="Table"/> (logical name).</summary>
public sealed record CustomMessagePrivilege(string Table, Privilege Privilege);
