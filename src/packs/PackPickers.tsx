import type { ChangeEvent } from 'react';
import { useT } from '../ui/useT';
import type { PickedFile } from './packInput';

interface Props {
  busy: boolean;
  hintId: string;
  onPick: (picked: PickedFile<File>[]) => void;
}

const pickedFromInput = (files: FileList | null): PickedFile<File>[] =>
  [...(files ?? [])].map((f) => ({ path: f.webkitRelativePath || f.name, item: f }));

/** The file and folder pickers. */
export function PackPickers({ busy, hintId, onPick }: Props) {
  const { t } = useT();
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const picked = pickedFromInput(e.currentTarget.files);
    e.currentTarget.value = '';
    onPick(picked);
  };
  return (
    <div className="pack-pickers">
      <label className={busy ? 'pick-button disabled' : 'pick-button'}>
        {t('packs.pickFiles')}
        <input
          type="file"
          className="visually-hidden"
          multiple
          accept=".json,.geojson,.topojson,application/json,application/geo+json"
          disabled={busy}
          aria-describedby={hintId}
          data-testid="pack-files"
          onChange={onChange}
        />
      </label>
      <label className={busy ? 'pick-button disabled' : 'pick-button'}>
        {t('packs.pickFolder')}
        <input
          type="file"
          className="visually-hidden"
          disabled={busy}
          data-testid="pack-folder"
          ref={(el) => el?.setAttribute('webkitdirectory', '')}
          onChange={onChange}
        />
      </label>
    </div>
  );
}
