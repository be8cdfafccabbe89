// bpmn-moddle ships types for its model ("bpmn-moddle/types") but none for its entry point: the
// part the tests use, declared here.
declare module "bpmn-moddle" {
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: { message: string }[] }>;
  }
}
