// The uploader's behaviour in your own markup: useDocumentDropzone chooses and checks files; sending them and
// telling screen-reader users are yours.
import { useUploadDocument } from '@iddocs/hooks';
import { LiveRegion, useAnnounce, useDocumentDropzone } from '@iddocs/ui';

function PassportDrop() {
  const { upload } = useUploadDocument();
  const announce = useAnnounce();
  const zone = useDocumentDropzone({
    maxFiles: 1,
    onAccept: (file) => upload(file, { typeId: 1 }),
    onReject: (file, reason) => announce(`${file.name}: ${reason}`), // your words for each reason
  });
  return (
    <div {...zone.getRootProps({ className: 'my-drop' })}>
      <input {...zone.getInputProps()} />
      <button {...zone.getBrowseButtonProps()}>Choose a passport photo</button>
      {zone.files.map((entry) => (
        <p key={entry.id}>
          {entry.file.name}: {entry.state === 'rejected' ? entry.reason : entry.state}
        </p>
      ))}
    </div>
  );
}

export function PassportSection() {
  return (
    <LiveRegion>
      <PassportDrop />
    </LiveRegion>
  );
}
