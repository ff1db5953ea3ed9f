import type PDFDocument from 'pdfkit';

/** The pdfkit document type, named once so other files need not reach into its global namespace. */
export type PdfDocument = InstanceType<typeof PDFDocument>;
export type PdfStructure = PDFKit.PDFStructureElement;
/** pdfkit also takes a table header's scope, which its type declarations leave out. */
export type PdfStructureOptions = PDFKit.Mixins.StructureElementOptions & { readonly scope?: 'Row' | 'Column' };
/** pdfkit ties a link annotation to its Link structure element through `structParent`, which its type declarations leave out. */
export type PdfLinkOptions = PDFKit.Mixins.AnnotationOption & { readonly structParent?: PdfStructure };
