import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `dotnet test` runs this suite beside the browser suite and the integration tests on a busy machine:
// waiting for the DOM gets the same slack there as on a quiet laptop.
configure({ asyncUtilTimeout: 10000 });

afterEach(() => {
  cleanup();
});
