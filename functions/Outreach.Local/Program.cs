Console.WriteLine("Outreach local host: not yet implemented.");
