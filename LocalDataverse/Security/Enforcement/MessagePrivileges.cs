namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>
/// What a message needs from a caller under security roles, as its handler declares it
/// (<see cref="Service.Messages.IMessageHandler.Privileges"/>): the one place per message the authorizer reads.
/// A handler that declares nothing is <see cref="Undeclared"/>: only SYSTEM may send its message.
/// </summary>
internal sealed class MessagePrivileges
{
    private MessagePrivileges(MessageCheck check, string parameter = "", string other = "", IReadOnlyList<(string Table, Privilege Privilege)>? tables = null)
    {
        Check = check;
        TablePrivileges = tables ?? [];
        Parameter = parameter;
        Other = other;
    }

    /// <summary>Nothing declared: everyone but SYSTEM is refused, with a fault naming the message.</summary>
    public static MessagePrivileges Undeclared { get; } = new(MessageCheck.Undeclared);

    /// <summary>No privilege is needed (WhoAmI, RetrieveVersion).</summary>
    public static MessagePrivileges NoneRequired { get; } = new(MessageCheck.None);

    /// <summary>
    /// The message is made only of other requests that run through the service, each checked as if sent alone
    /// when it runs (ExecuteMultiple, ExecuteTransaction, a custom API's plug-in calls as the caller).
    /// </summary>
    public static MessagePrivileges InnerRequests { get; } = new(MessageCheck.InnerRequests);

    internal MessageCheck Check { get; }

    /// <summary>
    /// A privilege named outright (a custom API's ExecutePrivilegeName) at any depth; the message's inner requests are
    /// then checked as <see cref="InnerRequests"/> are.
    /// </summary>
    public static MessagePrivileges Execute(string privilegeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(privilegeName);
        return new(MessageCheck.Execute, privilegeName);
    }

    /// <summary>The request parameter the check reads (Target, EntityMoniker, Query...).</summary>
    internal string Parameter { get; }

    /// <summary>The second parameter (Assign's Assignee, Associate's RelatedEntities), or the item message of a bulk message.</summary>
    internal string Other { get; }

    /// <summary>The table privileges a <see cref="MessageCheck.Tables"/> declaration needs, whatever the request says.</summary>
    internal IReadOnlyList<(string Table, Privilege Privilege)> TablePrivileges { get; }

    /// <summary>Create on the entity in <paramref name="parameter"/>, Append/AppendTo for its lookups, Assign for another owner.</summary>
    public static MessagePrivileges Create(string parameter = "Target") => new(MessageCheck.Create, parameter);

    /// <summary>Read on the row <paramref name="parameter"/> names (by id or alternate key).</summary>
    public static MessagePrivileges Read(string parameter = "Target") => new(MessageCheck.Read, parameter);

    /// <summary>Write on the row the entity names; Append/AppendTo for lookups set; Assign when ownerid changes.</summary>
    public static MessagePrivileges Update(string parameter = "Target") => new(MessageCheck.Update, parameter);

    /// <summary>Write on the row a reference names (SetState's EntityMoniker).</summary>
    public static MessagePrivileges Write(string parameter) => new(MessageCheck.Write, parameter);

    /// <summary>Delete on the row <paramref name="parameter"/> names.</summary>
    public static MessagePrivileges Delete(string parameter = "Target") => new(MessageCheck.Delete, parameter);

    /// <summary>Upsert: the checks of Update when the row exists, else of Create, decided as the handler decides.</summary>
    public static MessagePrivileges Upsert(string parameter = "Target") => new(MessageCheck.Upsert, parameter);

    /// <summary>Assign on the row, and Read for the new owner.</summary>
    public static MessagePrivileges Assign(string parameter = "Target", string assignee = "Assignee") => new(MessageCheck.Assign, parameter, assignee);

    /// <summary>Append on the row and on each related row (Associate, Disassociate).</summary>
    public static MessagePrivileges Associate(string parameter = "Target", string related = "RelatedEntities") => new(MessageCheck.Associate, parameter, related);

    /// <summary>Read on every table the query touches; the rows returned are narrowed to those the caller may read.</summary>
    public static MessagePrivileges Query(string parameter = "Query") => new(MessageCheck.Query, parameter);

    /// <summary>Read on the table <paramref name="parameter"/> names (RetrieveEntityChanges' EntityName).</summary>
    public static MessagePrivileges ReadTable(string parameter) => new(MessageCheck.ReadTable, parameter);

    /// <summary>Each entity of the collection in <paramref name="parameter"/> checked as <paramref name="itemMessage"/> of it alone.</summary>
    public static MessagePrivileges EachTarget(string itemMessage, string parameter = "Targets") => new(MessageCheck.EachTarget, parameter, itemMessage);

    /// <summary>Each of these privileges on its table, at any depth (a custom message handler's declaration).</summary>
    public static MessagePrivileges Tables(IReadOnlyList<(string Table, Privilege Privilege)> privileges) => new(MessageCheck.Tables, tables: privileges);

    public override string ToString() => Other.Length > 0 ? $"{Check}({Parameter}, {Other})" : Parameter.Length > 0 ? $"{Check}({Parameter})" : Check.ToString();
}

/// <summary>The kinds of check a message can declare.</summary>
internal enum MessageCheck
{
    Undeclared,
    None,
    InnerRequests,
    Execute,
    Create,
    Read,
    Update,
    Write,
    Delete,
    Upsert,
    Assign,
    Associate,
    Query,
    ReadTable,
    EachTarget,
    Tables,
}
