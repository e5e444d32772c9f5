import type { Meta, StoryObj } from '@storybook/react-vite';
import { useDocuments } from '@iddocs/hooks';
import { expect, within } from 'storybook/test';
import { fakeApi } from '../.storybook/story-context.js';

function Smoke() {
  const list = useDocuments({ limit: 10 });
  if (list.status === 'pending') return <p>Loading</p>;
  if (list.status === 'error') return <p role="alert">{list.error.message}</p>;
  return (
    <ul aria-label="Documents">
      {list.documents.map((d) => (
        <li key={d.id}>{d.fileName} {d.status}</li>
      ))}
    </ul>
  );
}

const meta = { title: 'Smoke', component: Smoke } satisfies Meta<typeof Smoke>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Listed: Story = {
  play: async (context) => {
    const canvas = within(context.canvasElement);
    await expect(await canvas.findByText(/passport.jpg/)).toBeVisible();
    await expect(fakeApi(context).requests.some((r) => r.route === 'list')).toBe(true);
  },
};

export const Violation: Story = {
  render: () => <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />,
};
