import type { SamplePhotoOptions } from '@iddocs/testing';
import type { Page } from 'playwright-core';

export declare function writeSamplePhoto(browser: { newPage(): Promise<Page> }, path: string, options?: Omit<SamplePhotoOptions, 'name'>): Promise<string>;
