namespace Outreach.Local.Catalog;

public enum TriggerKind
{
    Http,
    Queue,
    Timer,
}
