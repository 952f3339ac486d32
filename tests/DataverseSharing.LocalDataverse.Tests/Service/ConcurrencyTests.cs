using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service;

/// <summary>Optimistic concurrency with ConcurrencyBehavior.IfRowVersionMatches.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Update_MatchingRowVersion_Writes()
    {
        var read = ReadPractice(Create());

        engine.Service.Execute(new UpdateRequest { Target = Change(read, "Mine"), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });

        Assert.Equal("Mine", ReadPractice(read.Id)["dvs_name"]);
    }

    [Fact]
    public void Update_StaleRowVersion_FaultsAndKeepsTheOtherWrite()
    {
        var read = ReadPractice(Create());
        engine.Service.Update(new Entity("dvs_bestpractice", read.Id) { ["dvs_name"] = "Theirs" });

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new UpdateRequest { Target = Change(read, "Mine"), ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.Equal(unchecked((int)0x80060882), fault.ErrorCode);
        Assert.Equal("Theirs", ReadPractice(read.Id)["dvs_name"]);
    }

    [Fact]
    public void Update_IfRowVersionMatchesWithoutVersion_Faults()
    {
        var id = Create();

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new UpdateRequest
        {
            Target = new Entity("dvs_bestpractice", id) { ["dvs_name"] = "x" },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionNotProvided, fault.ErrorCode);
    }

    [Fact]
    public void Update_DefaultBehavior_IgnoresAStaleVersion()
    {
        var read = ReadPractice(Create());
        engine.Service.Update(new Entity("dvs_bestpractice", read.Id) { ["dvs_name"] = "Theirs" });

        engine.Service.Update(Change(read, "Mine"));

        Assert.Equal("Mine", ReadPractice(read.Id)["dvs_name"]);
    }

    [Fact]
    public void Delete_StaleRowVersion_Faults()
    {
        var read = ReadPractice(Create());
        engine.Service.Update(new Entity("dvs_bestpractice", read.Id) { ["dvs_name"] = "Theirs" });
        var target = read.ToEntityReference();
        target.RowVersion = read.RowVersion;

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new DeleteRequest { Target = target, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.Equal(ErrorCodes.ConcurrencyVersionMismatch, fault.ErrorCode);
    }

    private Guid Create() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "Original" });

    private Entity ReadPractice(Guid id) => engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet("dvs_name", "versionnumber"));

    private static Entity Change(Entity read, string name) => new("dvs_bestpractice", read.Id) { ["dvs_name"] = name, RowVersion = read.RowVersion };
}
