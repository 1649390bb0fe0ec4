import type { SectionDefinition } from '../types';
import { PlaceholderSection } from './PlaceholderSection';

export const placeholder = <W,>(id: string, title: string, text: string): SectionDefinition<W> => ({
  id,
  title,
  render: () => <PlaceholderSection title={title} text={text} />,
});
