import { render, screen } from '@testing-library/react';
import { createElement, useState, version as react } from 'react';
import { version as reactDom } from 'react-dom';
import { describe, expect, it } from 'vitest';

// The jsdom tests run twice: on the React we develop with and, in the `jsdom-react18` project, on React 18.3, the low
// end of the peer range. This proves each run is on the React it claims, so a broken alias cannot pass silently.
function Version() {
  const [shown] = useState(react); // a hook: it throws if Testing Library renders with another copy of React
  return createElement('p', null, shown);
}

describe('the React under test', () => {
  it('is the one its project names, for react, react-dom and what Testing Library renders with', ({ task }) => {
    const major = task.file.projectName === 'jsdom-react18' ? '18' : '19';
    expect(react.split('.')[0]).toBe(major);
    expect(reactDom).toBe(react);
    render(createElement(Version));
    expect(screen.getByText(react)).toBeInTheDocument();
  });
});
