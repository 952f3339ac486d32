using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class OwnershipDepthsTests
{
    [Theory]
    [InlineData(OwnershipType.UserOwned, AccessDepth.User, true)]
    [InlineData(OwnershipType.UserOwned, AccessDepth.ParentChildBusinessUnits, true)]
    [InlineData(OwnershipType.BusinessOwned, AccessDepth.User, false)]
    [InlineData(OwnershipType.BusinessOwned, AccessDepth.BusinessUnit, true)]
    [InlineData(OwnershipType.OrganizationOwned, AccessDepth.BusinessUnit, false)]
    [InlineData(OwnershipType.OrganizationOwned, AccessDepth.Organization, true)]
    [InlineData(OwnershipType.OrganizationOwned, AccessDepth.None, true)]
    [InlineData(OwnershipType.None, AccessDepth.Organization, false)]
    public void IsAllowed_OwnershipAndDepth_FollowsTheRoleEditor(OwnershipType ownership, AccessDepth depth, bool expected)
    {
        Assert.Equal(expected, OwnershipDepths.IsAllowed(ownership, depth));
    }

    [Theory]
    [InlineData(OwnershipType.OrganizationOwned, AccessDepth.User, AccessDepth.Organization)]
    [InlineData(OwnershipType.OrganizationOwned, AccessDepth.None, AccessDepth.None)]
    [InlineData(OwnershipType.BusinessOwned, AccessDepth.User, AccessDepth.BusinessUnit)]
    [InlineData(OwnershipType.BusinessOwned, AccessDepth.ParentChildBusinessUnits, AccessDepth.ParentChildBusinessUnits)]
    [InlineData(OwnershipType.UserOwned, AccessDepth.User, AccessDepth.User)]
    public void Effective_DepthTheOwnershipDoesNotOffer_BecomesTheNearestOffered(OwnershipType ownership, AccessDepth depth, AccessDepth expected)
    {
        Assert.Equal(expected, OwnershipDepths.Effective(ownership, depth));
    }
}
