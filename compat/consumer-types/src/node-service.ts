// Everything a Node service imports from us: the erasure proxy, the fakes, and the browser clients used server-side.
import * as erasureClient from '@iddocs/hooks/erasure';
import * as server from '@iddocs/server';
import * as next from '@iddocs/server/next';
import * as testing from '@iddocs/testing';
import * as testingNode from '@iddocs/testing/node';

export const modules = [erasureClient, server, next, testing, testingNode];
