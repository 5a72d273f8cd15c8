namespace Aloud.Script.Dialect;

/// <summary>How a numeric date whose first two numbers could each be the month ("12/03/2025") is read.</summary>
public enum DateOrder
{
    /// <summary>American order: "12/03/2025" is December third.</summary>
    MonthFirst,

    /// <summary>British, Irish, Commonwealth and European order: "12/03/2025" is the twelfth of March.</summary>
    DayFirst,
}
