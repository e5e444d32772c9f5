import type { FakeIdentityDocument } from './fake-mews-types.js';

/** The public Mews demo ClientToken (demo environment, no real data): the fake's default. */
export const DEFAULT_MEWS_CLIENT_TOKEN = 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D';
/** The public Mews demo AccessToken (demo environment, no real data): the fake's default. */
export const DEFAULT_MEWS_ACCESS_TOKEN = 'C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D';

/** A few documents of two customers. */
export const DEFAULT_IDENTITY_DOCUMENTS: readonly FakeIdentityDocument[] = [
  {
    Id: '7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a01',
    CustomerId: 'c3a4f5e6-1111-4c2b-8d3e-aaaaaaaa0001',
    Type: 'Passport',
    Number: 'P1234567',
    ExpirationDate: '2031-04-30',
    IssuingCountryCode: 'CZ',
  },
  {
    Id: '7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a02',
    CustomerId: 'c3a4f5e6-1111-4c2b-8d3e-aaaaaaaa0001',
    Type: 'DriversLicense',
    Number: 'DL-998877',
    ExpirationDate: '2029-11-15',
    IssuingCountryCode: 'CZ',
  },
  {
    Id: '7a1b6a2e-51c0-4a7e-9b1e-0f6c4f7f1a03',
    CustomerId: 'c3a4f5e6-2222-4c2b-8d3e-aaaaaaaa0002',
    Type: 'IdentityCard',
    Number: 'ID-445566',
    ExpirationDate: '2030-01-01',
    IssuingCountryCode: 'GB',
  },
];
